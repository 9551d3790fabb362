package dev.migrate.command;

import dev.migrate.history.Action;
import java.time.Duration;
import java.util.List;

/**
 * A step a run applied (or, offline, wrote).
 *
 * @param revision      the revision (comma separated for a stamp of several)
 * @param action        upgrade, downgrade or stamp
 * @param rowsBefore    the version rows before the step
 * @param rowsAfter     the version rows after it
 * @param message       the revision's message
 * @param source        the script file or class
 * @param transactional whether it ran inside a transaction
 * @param duration      how long it took
 */
public record AppliedStep(String revision, Action action, List<String> rowsBefore, List<String> rowsAfter,
        String message, String source, boolean transactional, Duration duration) {

    public AppliedStep {
        rowsBefore = List.copyOf(rowsBefore);
        rowsAfter = List.copyOf(rowsAfter);
    }
}
