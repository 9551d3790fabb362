package dev.migrate.runtime;

import java.sql.Connection;
import java.sql.SQLException;

/** What a step's body sees: an executor that runs statements online or writes them offline. */
public interface StepContext {

    /** The step being run. */
    StepInfo step();

    /**
     * Runs one statement of the step, or writes it to the offline script.
     *
     * @param sql   the statement
     * @param where where it comes from, for messages: {@code file, line N} or {@code Class.upgrade}
     */
    void execute(String sql, String where) throws SQLException;

    /** Whether statements run against a database. */
    boolean online();

    /**
     * The step's connection (online only).
     *
     * @throws IllegalStateException offline, naming the step
     */
    Connection connection();
}
