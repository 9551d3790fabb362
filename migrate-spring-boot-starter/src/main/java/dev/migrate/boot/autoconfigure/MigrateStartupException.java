package dev.migrate.boot.autoconfigure;

import java.util.Objects;

/**
 * The database is not fit for the application to start: validation found pending revisions or
 * changed scripts, or debug mode could not create or seed the tables. Its failure analysis says
 * what is wrong ({@link #description()}) and what to do ({@link #action()}).
 */
public final class MigrateStartupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String description;
    private final String action;

    MigrateStartupException(String description, String action, Throwable cause) {
        super(description + " " + action, cause);
        this.description = Objects.requireNonNull(description, "description");
        this.action = Objects.requireNonNull(action, "action");
    }

    /** What is wrong. */
    public String description() {
        return description;
    }

    /** What to do about it. */
    public String action() {
        return action;
    }
}
