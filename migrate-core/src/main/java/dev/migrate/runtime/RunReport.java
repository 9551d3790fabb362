package dev.migrate.runtime;

import dev.migrate.history.Action;
import java.time.Duration;
import java.util.List;

/**
 * What a run did.
 *
 * @param action   upgrade, downgrade or stamp
 * @param fromRows the version rows before
 * @param toRows   the version rows after
 * @param steps    the steps applied with their durations
 * @param repaired the checksums accepted before the run ({@code acceptChecksums})
 * @param duration the whole run, lock wait included
 */
public record RunReport(Action action, List<String> fromRows, List<String> toRows, List<Applied> steps,
        List<ChecksumCheck> repaired, Duration duration) {

    public RunReport {
        fromRows = List.copyOf(fromRows);
        toRows = List.copyOf(toRows);
        steps = List.copyOf(steps);
        repaired = List.copyOf(repaired);
    }

    /** A step and how long it took. */
    public record Applied(StepInfo step, Duration duration) {
    }
}
