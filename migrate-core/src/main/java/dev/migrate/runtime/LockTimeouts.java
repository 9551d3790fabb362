package dev.migrate.runtime;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;

/** The messages of lock timeouts, naming the database, the table and what to do. */
record LockTimeouts(String database, String versionTable, Duration timeout) {

    static boolean isSqliteBusy(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        return e.getErrorCode() == 5 || e.getErrorCode() == 6 || message.contains("sqlite_busy")
                || message.contains("database is locked");
    }

    LockTimeoutException sqliteTimeout(SQLException cause) {
        return new LockTimeoutException("Timed out after " + seconds() + " waiting for the write lock on SQLite "
                + "database " + database + " (version table " + versionTable + "): another connection is writing to "
                + "it, perhaps another migration. Wait for it to finish or stop the other program, then run again; "
                + "the wait is set with the lock timeout (lockTimeout).", cause);
    }

    LockTimeoutException postgresTimeout(long key, String holder) {
        return new LockTimeoutException("Timed out after " + seconds() + " waiting for the migration lock on "
                + "PostgreSQL database " + database + " (advisory lock " + key + " for version table " + versionTable
                + "), held by another migration" + (holder == null ? "" : " (" + holder + ")") + ". Wait for it to "
                + "finish and run again; if that session is stuck, end it with pg_terminate_backend(pid). The wait is "
                + "set with the lock timeout (lockTimeout).", null);
    }

    private String seconds() {
        long millis = timeout.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
