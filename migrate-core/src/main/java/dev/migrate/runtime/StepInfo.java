package dev.migrate.runtime;

import dev.migrate.history.Action;
import java.util.List;
import java.util.Objects;

/**
 * One step of a run as listeners and results see it.
 *
 * @param revision      the revision applied, unapplied or stamped (comma separated for a stamp of several)
 * @param action        upgrade, downgrade or stamp
 * @param rowsBefore    the version rows before the step
 * @param rowsAfter     the version rows after it
 * @param message       the revision's message
 * @param source        the script file or class, or {@code <stamp>}
 * @param transactional whether the step runs inside a transaction
 */
public record StepInfo(String revision, Action action, List<String> rowsBefore, List<String> rowsAfter,
        String message, String source, boolean transactional) {

    public StepInfo {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(action, "action");
        rowsBefore = List.copyOf(rowsBefore);
        rowsAfter = List.copyOf(rowsAfter);
        message = message == null ? "" : message;
        source = source == null ? "" : source;
    }

    /** A short line for logs: {@code upgrade a1 -> b2, add users}. */
    public String describe() {
        String from = rowsBefore.isEmpty() ? "<base>" : String.join(",", rowsBefore);
        String to = rowsAfter.isEmpty() ? "<base>" : String.join(",", rowsAfter);
        return action.value() + " " + from + " -> " + to + (message.isEmpty() ? "" : ", " + message);
    }
}
