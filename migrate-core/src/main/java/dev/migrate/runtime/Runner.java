package dev.migrate.runtime;

import dev.migrate.jdbc.DatabaseException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import dev.migrate.history.Action;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Objects;

/**
 * Runs a plan: online (lock, one transaction per step with its version-row change and history
 * entry, failures rolled back and logged) or offline (the same statements written as an SQL script).
 */
public final class Runner {

    private static final Logger LOG = LoggerFactory.getLogger(Runner.class);

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

    /**
     * The report of an upgrade to {@code target} ({@code heads}, or {@code head} with one head) that has nothing to
     * do, found without loading the scripts ({@link #verifiedRows}), with the events and log line of a run. Empty
     * when that is not known (the run must load the scripts and plan); never fails for that reason.
     */
    public Optional<RunReport> upToDate(Connection connection, Supplier<String> fingerprint, String target) {
        long start = System.nanoTime();
        return verifiedRows(connection, fingerprint, target).map(rows -> {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            Events events = new Events(settings.listeners());
            events.fire(new MigrationEvent.RunStarted(Action.UPGRADE, target, rows, 0, false));
            events.fire(new MigrationEvent.RunFinished(rows, 0, took, true));
            LOG.info("Upgrade {} to {}: nothing to do, at {} (scripts unchanged since verified)", describe(connection),
                    target, RowChanges.describe(rows));
            return new RunReport(Action.UPGRADE, rows, rows, List.of(), List.of(), took);
        });
    }

    /**
     * The version rows, when an upgrade to {@code target} ({@code heads}, or {@code head} with one head) is known to
     * have nothing to do without loading the scripts: a history entry newer than any step records that scripts with
     * this {@code fingerprint} were verified with the version rows at their heads, and the rows are still those
     * ({@link dev.migrate.history.HistoryLog#verified}). Two small queries, whatever the number of revisions; reads
     * only. The {@code fingerprint} is asked for after both, so that it can be computed while they run. Empty when
     * that is not known; never fails for that reason.
     */
    public Optional<List<String>> verifiedRows(Connection connection, Supplier<String> fingerprint, String target) {
        try {
            List<String> rows = settings.versionTable().rows(connection);
            boolean reachable = target.equals("heads") || (target.equals("head") && rows.size() == 1);
            if (rows.isEmpty() || !reachable || !settings.historyLog().verified(connection, fingerprint, rows)) {
                return Optional.empty();
            }
            return Optional.of(rows);
        } catch (SQLException | RuntimeException e) {
            LOG.debug("Could not tell cheaply that the database is up to date; loading the scripts: {}", e.toString());
            return Optional.empty();
        }
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
            String named = databaseInUrl(connection.getMetaData().getURL()); // no round trip, unlike getCatalog()
            String catalog = named != null ? named : connection.getCatalog();
            return catalog == null ? connection.getMetaData().getDatabaseProductName() : "'" + catalog + "'";
        } catch (SQLException e) {
            return "(unknown database)";
        }
    }

    /**
     * The database a PostgreSQL JDBC URL names ({@code jdbc:postgresql://host:port/name?…} or
     * {@code jdbc:postgresql:name}), or {@code null} when it names none (the server then picks the user's).
     */
    static String databaseInUrl(String url) {
        String prefix = "jdbc:postgresql:";
        if (url == null || !url.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return null;
        }
        String rest = url.substring(prefix.length());
        int query = rest.indexOf('?');
        rest = query < 0 ? rest : rest.substring(0, query);
        if (rest.startsWith("//")) {
            int slash = rest.indexOf('/', 2);
            rest = slash < 0 ? "" : rest.substring(slash + 1);
        }
        return rest.isEmpty() || rest.contains("/") ? null : rest;
    }

    @FunctionalInterface
    private interface SessionWork<T> {
        T run(OnlineRun session) throws SQLException;
    }
}
