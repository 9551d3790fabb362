package dev.migrate.runtime;

import dev.migrate.history.Action;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** Progress of a run, as a {@link MigrationListener} receives it. */
public sealed interface MigrationEvent {

    /**
     * A run starts, after the lock is held and the plan is made.
     *
     * @param action  upgrade, downgrade or stamp
     * @param target  the target as the user gave it
     * @param rows    the version rows at the start
     * @param steps   how many steps are planned (a re-plan under concurrency may change it)
     * @param offline whether SQL is being written instead of run
     */
    record RunStarted(Action action, String target, List<String> rows, int steps, boolean offline)
            implements MigrationEvent {
        public RunStarted {
            rows = List.copyOf(rows);
        }
    }

    /** A step starts. */
    record StepStarted(StepInfo step) implements MigrationEvent {
        public StepStarted {
            Objects.requireNonNull(step, "step");
        }
    }

    /** A step was committed (or written, offline). */
    record StepFinished(StepInfo step, Duration duration) implements MigrationEvent {
        public StepFinished {
            Objects.requireNonNull(step, "step");
        }
    }

    /** A step failed and was rolled back (when it was transactional); the run stops. */
    record StepFailed(StepInfo step, Duration duration, Exception error) implements MigrationEvent {
        public StepFailed {
            Objects.requireNonNull(step, "step");
        }
    }

    /**
     * A run ended, successfully or not.
     *
     * @param rows     the version rows at the end
     * @param steps    how many steps were applied
     * @param duration the time since the run started
     * @param success  whether every step succeeded
     */
    record RunFinished(List<String> rows, int steps, Duration duration, boolean success) implements MigrationEvent {
        public RunFinished {
            rows = List.copyOf(rows);
        }
    }
}
