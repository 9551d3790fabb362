package dev.migrate.boot;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What this application instance does with its database at startup, and how far it got. The
 * starter updates it while it migrates (or, in debug mode, creates the tables); the web filter,
 * the health indicator and the {@code migrations} endpoint read it. Thread-safe.
 */
public final class StartupMigration {

    private final Mode mode;
    private volatile Phase phase;
    private volatile String summary;
    private volatile Throwable failure;

    /**
     * @param mode      migrations or debug mode
     * @param scheduled whether startup work will run ({@link Phase#PENDING}); otherwise {@link Phase#SKIPPED}
     */
    public StartupMigration(Mode mode, boolean scheduled) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.phase = scheduled ? Phase.PENDING : Phase.SKIPPED;
    }

    /** Migrations or debug mode. */
    public Mode mode() {
        return mode;
    }

    /** How far the startup work got. */
    public Phase phase() {
        return phase;
    }

    /** Whether the startup work is scheduled or running (the database may not be ready yet). */
    public boolean inProgress() {
        Phase p = phase;
        return p == Phase.PENDING || p == Phase.RUNNING;
    }

    /** The line logged when the startup work ended, once it did. */
    public Optional<String> summary() {
        return Optional.ofNullable(summary);
    }

    /** Why the startup work failed, once it did. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /** Marks the startup work as running. */
    public void running() {
        phase = Phase.RUNNING;
    }

    /** Marks the startup work as done, with the line that was logged. */
    public void done(String summary) {
        this.summary = summary;
        phase = Phase.DONE;
    }

    /** Marks the startup work as failed. */
    public void failed(Throwable failure) {
        this.failure = failure;
        this.summary = failure.getMessage();
        phase = Phase.FAILED;
    }

    @Override
    public String toString() {
        return "StartupMigration[mode=" + mode.value() + ", phase=" + phase.value() + "]";
    }

    /** Whether the application migrates its database or, in debug mode, creates it from the declared schema. */
    public enum Mode {
        /** Scripts are applied ({@code app.debug} false or absent, or no {@code MetaData} bean). */
        MIGRATE,
        /** Tables are created from the {@code MetaData} bean, seeded and stamped at heads ({@code app.debug=true}). */
        DEBUG;

        /** The lower-case name shown by the endpoint: {@code migrate} or {@code debug}. */
        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How far the startup work got. */
    public enum Phase {
        /** It will run (after the context refreshed, or during the refresh in initializer mode). */
        PENDING,
        /** It is running. */
        RUNNING,
        /** It ended well. */
        DONE,
        /** It failed; the application does not start. */
        FAILED,
        /** Nothing runs at startup ({@code migrate.startup=none}, or command mode). */
        SKIPPED;

        /** The lower-case name shown by the endpoint. */
        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
