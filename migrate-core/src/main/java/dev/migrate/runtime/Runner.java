package dev.migrate.runtime;

import dev.migrate.jdbc.DatabaseException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;

/**
 * Runs a plan: online (lock, one transaction per step with its version-row change and history
 * entry, failures rolled back and logged) or offline (the same statements written as an SQL script).
 */
public final class Runner {

    private final RunSettings settings;
    private final DatabaseKind kind;

    public Runner(RunSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.kind = DatabaseKind.of(settings.dialectName());
    }

    /** The settings. */
    public RunSettings settings() {
        return settings;
    }

    /**
     * Runs against a database. The connection is left open, in the auto-commit mode it had.
     *
     * @throws MigrationFailedException   when a step fails (it was rolled back and logged)
     * @throws LockTimeoutException       when another migration held the lock too long
     * @throws ChecksumMismatchException  when applied scripts changed (upgrade only; nothing ran)
     */
    public RunReport run(Connection connection, RunSpec spec) {
        return online(connection, session -> session.run(spec));
    }

    /** Logs the current checksums of applied scripts that changed, as repair entries; returns them. */
    public List<ChecksumMismatchException.Mismatch> repairChecksums(Connection connection, RunSpec spec) {
        return online(connection, session -> session.repair(spec));
    }

    /**
     * Writes the SQL a run would execute, starting from {@code startRows}, without a database.
     *
     * @param title the first comment line, e.g. {@code upgrade base:heads}
     */
    public String sql(RunSpec spec, List<String> startRows, String title) {
        return new OfflineRun(settings).write(spec, startRows, title);
    }

    private <T> T online(Connection connection, SessionWork<T> work) {
        LockTimeouts timeouts = new LockTimeouts(describe(connection), settings.versionTable().displayName(),
                settings.lockTimeout());
        Boolean autoCommit = null;
        Integer busyTimeout = null;
        try {
            autoCommit = connection.getAutoCommit();
            if (!autoCommit) {
                connection.commit();
                connection.setAutoCommit(true);
            }
            if (kind == DatabaseKind.SQLITE) {
                busyTimeout = busyTimeout(connection, (int) Math.min(Integer.MAX_VALUE,
                        settings.lockTimeout().toMillis()));
            }
            OnlineExecutor executor = new OnlineExecutor(connection, kind, timeouts);
            try (DatabaseLock lock = kind == DatabaseKind.POSTGRESQL
                    ? DatabaseLock.postgres(connection, settings.versionTable().schema().orElse(null),
                            settings.versionTable().name(), timeouts)
                    : DatabaseLock.none()) {
                return work.run(new OnlineRun(settings, executor, timeouts.database()));
            }
        } catch (SQLException e) {
            throw new DatabaseException("migrate " + timeouts.database(), null, null, e);
        } finally {
            restore(connection, autoCommit, busyTimeout);
        }
    }

    private static void restore(Connection connection, Boolean autoCommit, Integer busyTimeout) {
        try {
            if (busyTimeout != null) {
                busyTimeout(connection, busyTimeout);
            }
            if (autoCommit != null && !autoCommit) {
                connection.setAutoCommit(false);
            }
        } catch (SQLException e) {
            // The connection is closed or broken; the caller will find out.
        }
    }

    /** Sets SQLite's busy timeout, returning the previous one. */
    private static int busyTimeout(Connection connection, int millis) throws SQLException {
        try (Statement st = connection.createStatement()) {
            int previous;
            try (var rs = st.executeQuery("PRAGMA busy_timeout")) {
                previous = rs.next() ? rs.getInt(1) : 0;
            }
            st.execute("PRAGMA busy_timeout = " + millis);
            return previous;
        }
    }

    private String describe(Connection connection) {
        try {
            if (kind == DatabaseKind.SQLITE) {
                String url = connection.getMetaData().getURL();
                return url == null ? "(unknown file)" : url.replaceFirst("^jdbc:sqlite:", "");
            }
            String catalog = connection.getCatalog();
            return catalog == null ? connection.getMetaData().getDatabaseProductName() : "'" + catalog + "'";
        } catch (SQLException e) {
            return "(unknown database)";
        }
    }

    @FunctionalInterface
    private interface SessionWork<T> {
        T run(OnlineRun session) throws SQLException;
    }
}
