package dev.migrate.runtime;

import java.util.Objects;

/**
 * A step the runner will take.
 *
 * @param info     what it is (revision, action, rows before and after, transactional)
 * @param checksum the script's checksum to log, or {@code null}
 * @param body     its statements
 */
public record PlannedStep(StepInfo info, String checksum, StepBody body) {

    public PlannedStep {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(body, "body");
    }
}
