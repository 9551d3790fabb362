package dev.migrate.runtime;

import java.sql.SQLException;
import java.util.Optional;

/**
 * What to do about a failed step when the fault is not in the script: the database refused the write for a
 * reason of its own (a read-only file or server, a missing privilege, a full disk). Recognized from the SQLState
 * (PostgreSQL) or the result code that sqlite-jdbc puts at the start of its messages.
 */
final class Remedy {

    private Remedy() {
    }

    /** The remedy for {@code error} (or a cause of it), as an imperative sentence without the final period. */
    static Optional<String> of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException e) {
                Optional<String> remedy = forSqlException(e);
                if (remedy.isPresent()) {
                    return remedy;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> forSqlException(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.startsWith("[SQLITE_READONLY")) {
            return Optional.of("The SQLite database is read-only for this program: give it write access to the file "
                    + "and to its folder, where SQLite writes its journal (and open the file without mode=ro)");
        }
        if (message.startsWith("[SQLITE_FULL") || state.equals("53100")) {
            return Optional.of("The database's disk is full: free space on it");
        }
        if (state.equals("42501")) {
            return Optional.of("The database user lacks a privilege this statement needs: grant it, or run the "
                    + "migrations as a user that owns the schema");
        }
        if (state.equals("25006")) {
            return Optional.of("The server accepts no writes (a read-only transaction, or a standby server): run the "
                    + "migrations against the primary, with default_transaction_read_only off");
        }
        return Optional.empty();
    }
}
