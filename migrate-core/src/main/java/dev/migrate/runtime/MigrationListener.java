package dev.migrate.runtime;

/**
 * Receives the progress of runs (upgrade, downgrade, stamp), for progress output in the CLI and the
 * Spring Boot starter. Called on the thread that runs the migration; an exception thrown by a
 * listener is logged and ignored.
 */
@FunctionalInterface
public interface MigrationListener {

    /** Called for every event of a run, in order. */
    void onEvent(MigrationEvent event);
}
