package dev.migrate.history;

import java.sql.SQLException;

/**
 * Runs a statement against the database, or writes it to an offline script. The runtime's executor
 * implements it; the version table and the history log write through it, so online and offline runs
 * emit the same statements.
 */
public interface StatementExecutor {

    /** Returned by {@link #update} when the statement was written, not run. */
    int NOT_RUN = -1;

    /**
     * Runs (or writes) one statement.
     *
     * @param sql the statement, without a trailing semicolon
     * @return the update count, or {@link #NOT_RUN} offline
     */
    int update(String sql) throws SQLException;

    /** Whether statements run against a database (false when they are written to a script). */
    boolean online();
}
