package dev.migrate.runtime;

import java.util.Optional;

/** A step failed; its message names the revision, the script and line, the database's error and what to do. */
public final class MigrationFailedException extends RuntimeException {

    private final transient StepInfo step;
    private final String where;
    private final String statement;

    MigrationFailedException(String message, StepInfo step, String where, String statement, Throwable cause) {
        super(message, cause);
        this.step = step;
        this.where = where;
        this.statement = statement;
    }

    /** The step that failed. */
    public StepInfo step() {
        return step;
    }

    /** Where the failing statement comes from ({@code file, line N}), when a statement failed. */
    public Optional<String> where() {
        return Optional.ofNullable(where);
    }

    /** The failing statement, when a statement failed. */
    public Optional<String> statement() {
        return Optional.ofNullable(statement);
    }

    /**
     * What to do when the database refused the step for a reason of its own rather than a fault in the script (a
     * read-only database, a missing privilege, a full disk), as an imperative sentence without the final period;
     * empty when the script is the likely fault.
     */
    public Optional<String> remedy() {
        return Remedy.of(getCause());
    }
}
