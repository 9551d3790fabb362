package dev.migrate.command;

import dev.migrate.history.Action;
import java.time.Duration;
import java.util.List;

/**
 * What {@link Migrator#upgrade}, {@link Migrator#downgrade} and {@link Migrator#stamp} did.
 *
 * @param action   upgrade, downgrade or stamp
 * @param fromRows the version rows before the run
 * @param toRows   the version rows after it
 * @param steps    the steps applied, in order; empty when there was nothing to do
 * @param duration the time the whole run took, lock wait included
 */
public record RunResult(Action action, List<String> fromRows, List<String> toRows, List<AppliedStep> steps,
        Duration duration) {

    public RunResult {
        fromRows = List.copyOf(fromRows);
        toRows = List.copyOf(toRows);
        steps = List.copyOf(steps);
    }

    /** Whether there was nothing to do. */
    public boolean upToDate() {
        return steps.isEmpty();
    }
}
