package dev.migrate.runtime;

import dev.migrate.history.StatementExecutor;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The one path shared by online and offline runs: statements, transaction boundaries and comments
 * either go to the database or into an SQL script.
 */
sealed interface Executor extends StatementExecutor permits OnlineExecutor, OfflineExecutor {

    /** Runs (or writes) a statement of a step's body; failures carry {@code where} and the statement. */
    void execute(String sql, String where) throws SQLException;

    /** Starts a transaction (on SQLite: takes the write lock, waiting up to the lock timeout). */
    void begin() throws SQLException;

    void commit() throws SQLException;

    /** Rolls back; never throws (a failure to roll back is logged). */
    void rollback();

    /** Writes a comment line into an offline script; nothing online. */
    void comment(String text);

    /** The connection (online only). */
    Connection connection();

    /** A statement of a step failed. */
    final class StatementFailure extends SQLException {
        final String where;
        final String statement;

        StatementFailure(String where, String statement, SQLException cause) {
            super(cause.getMessage(), cause.getSQLState(), cause.getErrorCode(), cause);
            this.where = where;
            this.statement = statement;
        }
    }
}
