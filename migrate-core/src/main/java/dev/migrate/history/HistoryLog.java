package dev.migrate.history;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The history log: an append-only table with one row per step attempted (upgrade, downgrade, stamp)
 * and per checksum accepted (repair). It feeds {@code history --verbose}, the status of scripts and
 * checksum validation.
 */
public final class HistoryLog {

    /** How many of the newest entries {@link #verified} looks at. */
    static final int TRAILING_VERIFIES = 8;

    /** The longest text stored in one column; longer error messages are cut. */
    static final int MAX_TEXT = 4000;

    private final Flavor flavor;
    private final String schema;
    private final String name;

    /**
     * @param dialectName the dialect's name: {@code postgresql} or {@code sqlite}
     * @param schema      the schema, or {@code null} for the connection's default
     * @param name        the table name
     */
    public HistoryLog(String dialectName, String schema, String name) {
        this.flavor = Flavor.of(dialectName);
        this.schema = schema;
        this.name = Objects.requireNonNull(name, "name");
    }

    /** The table as messages name it. */
    public String displayName() {
        return schema == null ? name : schema + "." + name;
    }

    /** The table as SQL names it. */
    public String sqlName() {
        return flavor.table(schema, name);
    }

    /** {@code CREATE TABLE IF NOT EXISTS} for the log. */
    public String createSql() {
        String time = flavor == Flavor.POSTGRESQL ? "TIMESTAMP WITH TIME ZONE" : "VARCHAR(32)";
        return "CREATE TABLE IF NOT EXISTS " + sqlName() + " ("
                + "id INTEGER NOT NULL, "
                + "revision VARCHAR(" + MAX_TEXT + ") NOT NULL, "
                + "action VARCHAR(16) NOT NULL, "
                + "from_rows VARCHAR(" + MAX_TEXT + ") NOT NULL, "
                + "to_rows VARCHAR(" + MAX_TEXT + ") NOT NULL, "
                + "checksum VARCHAR(64), "
                + "transactional BOOLEAN NOT NULL, "
                + "db_user VARCHAR(128), "
                + "client_host VARCHAR(255), "
                + "started_at " + time + " NOT NULL, "
                + "duration_ms BIGINT, "
                + "success BOOLEAN NOT NULL, "
                + "error VARCHAR(" + MAX_TEXT + "), "
                + "CONSTRAINT " + flavor.identifier(name + "_pkc") + " PRIMARY KEY (id))";
    }

    /** Creates the table when it is missing. */
    public void create(StatementExecutor executor) throws SQLException {
        executor.update(createSql());
    }

    /** Whether the table exists. */
    public boolean exists(Connection connection) throws SQLException {
        return VersionTable.Tables.exists(connection, flavor, schema, name);
    }

    /**
     * Appends one entry. Offline (or when {@code startedAt}, {@code user} or {@code host} is {@code null}),
     * the database fills what it can: the current time, and on PostgreSQL the current user and client address.
     */
    public void append(StatementExecutor executor, NewEntry entry) throws SQLException {
        String values = String.join(", ",
                flavor.literal(entry.revision()),
                flavor.literal(entry.action().value()),
                flavor.literal(String.join(",", entry.fromRows())),
                flavor.literal(String.join(",", entry.toRows())),
                flavor.literal(entry.checksum()),
                flavor.literal(entry.transactional()),
                entry.user() != null ? flavor.literal(entry.user()) : userExpression(),
                entry.host() != null ? flavor.literal(entry.host()) : hostExpression(),
                entry.startedAt() != null ? timeLiteral(entry.startedAt()) : nowExpression(),
                entry.duration() == null ? "NULL" : Long.toString(entry.duration().toMillis()),
                flavor.literal(entry.success()),
                flavor.literal(cut(entry.error())));
        executor.update("INSERT INTO " + sqlName() + " (id, revision, action, from_rows, to_rows, checksum, "
                + "transactional, db_user, client_host, started_at, duration_ms, success, error) "
                + "SELECT COALESCE(MAX(id), 0) + 1, " + values + " FROM " + sqlName());
    }

    /** Every entry of a step or a repair, oldest first (not {@link Action#VERIFY}); empty when the table does not exist. */
    public List<HistoryEntry> read(Connection connection) throws SQLException {
        if (!exists(connection)) {
            return List.of();
        }
        return query(connection, " WHERE action <> '" + Action.VERIFY.value() + "' ORDER BY id");
    }

    /**
     * The newest entry of any kind, {@link Action#VERIFY} included, read with one query by the primary key.
     *
     * @throws SQLException when the table does not exist (or the database fails)
     */
    public Optional<HistoryEntry> newest(Connection connection) throws SQLException {
        return newest(connection, 1).stream().findFirst();
    }

    /**
     * The {@code count} newest entries of any kind, newest first, read with one query by the primary key.
     *
     * @throws SQLException when the table does not exist (or the database fails)
     */
    public List<HistoryEntry> newest(Connection connection, int count) throws SQLException {
        return query(connection, " ORDER BY id DESC LIMIT " + Math.max(1, count));
    }

    /**
     * Whether a {@link Action#VERIFY} entry newer than every step, stamp and repair records {@code fingerprint}
     * at {@code rows}: scripts with that fingerprint were verified with the version rows at their heads, and
     * nothing was logged as changed since. Reads only the newest entries (two versions of an application taking
     * turns at one database each leave their own entry there).
     *
     * @throws SQLException when the table does not exist (or the database fails)
     */
    public boolean verified(Connection connection, String fingerprint, List<String> rows) throws SQLException {
        return verified(connection, () -> fingerprint, rows);
    }

    /**
     * {@link #verified(Connection, String, List)} with a fingerprint that is asked for only after the entries were
     * read, and only when one of them could match: the caller may still be computing it. A {@code null} fingerprint
     * (the scripts could not be fingerprinted) matches nothing.
     *
     * @throws SQLException when the table does not exist (or the database fails)
     */
    public boolean verified(Connection connection, Supplier<String> fingerprint, List<String> rows)
            throws SQLException {
        String wanted = null;
        boolean asked = false;
        for (HistoryEntry e : newest(connection, TRAILING_VERIFIES)) {
            if (e.action() != Action.VERIFY) {
                return false;
            }
            if (e.success() && e.toRows().equals(rows)) {
                if (!asked) {
                    wanted = fingerprint.get();
                    asked = true;
                }
                if (wanted != null && wanted.equals(e.checksum())) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<HistoryEntry> query(Connection connection, String clauses) throws SQLException {
        List<HistoryEntry> entries = new ArrayList<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT id, revision, action, from_rows, to_rows, checksum, "
                        + "transactional, db_user, client_host, started_at, duration_ms, success, error FROM "
                        + sqlName() + clauses)) {
            while (rs.next()) {
                long duration = rs.getLong(11);
                Duration took = rs.wasNull() ? null : Duration.ofMillis(duration);
                entries.add(new HistoryEntry(rs.getLong(1), rs.getString(2), Action.of(rs.getString(3)),
                        rows(rs.getString(4)), rows(rs.getString(5)), rs.getString(6), rs.getBoolean(7),
                        rs.getString(8), rs.getString(9), startedAt(rs), took, rs.getBoolean(12), rs.getString(13)));
            }
        }
        return List.copyOf(entries);
    }

    /**
     * The checksum each revision had when it was last applied: from its newest successful upgrade or
     * repair entry. Revisions whose newest such entry has no checksum are left out.
     */
    public Map<String, String> appliedChecksums(Connection connection) throws SQLException {
        return appliedChecksums(read(connection));
    }

    /** {@link #appliedChecksums(Connection)} of entries already read, oldest first. */
    public static Map<String, String> appliedChecksums(List<HistoryEntry> entries) {
        Map<String, String> checksums = new LinkedHashMap<>();
        for (HistoryEntry e : entries) {
            if (e.success() && (e.action() == Action.UPGRADE || e.action() == Action.REPAIR)) {
                if (e.checksum() == null) {
                    checksums.remove(e.revision());
                } else {
                    checksums.put(e.revision(), e.checksum());
                }
            }
        }
        return checksums;
    }

    private String userExpression() {
        return flavor == Flavor.POSTGRESQL ? "current_user" : "NULL";
    }

    private String hostExpression() {
        return flavor == Flavor.POSTGRESQL ? "host(inet_client_addr())" : "NULL";
    }

    private String nowExpression() {
        return flavor == Flavor.POSTGRESQL ? "CURRENT_TIMESTAMP" : "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";
    }

    private String timeLiteral(Instant instant) {
        String iso = DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
        return flavor == Flavor.POSTGRESQL ? "TIMESTAMP WITH TIME ZONE " + flavor.literal(iso) : flavor.literal(iso);
    }

    private Instant startedAt(ResultSet rs) throws SQLException {
        if (flavor != Flavor.POSTGRESQL) {
            return Instant.parse(rs.getString(10));
        }
        return rs.getTimestamp(10).toInstant();
    }

    private static List<String> rows(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 3) + "...";
    }

    @Override
    public String toString() {
        return "HistoryLog[" + displayName() + "]";
    }

    /**
     * An entry to append.
     *
     * @param revision      the revision (comma separated for a stamp of several)
     * @param action        what happened
     * @param fromRows      the version rows before
     * @param toRows        the version rows after (before, for a failed attempt)
     * @param checksum      the script's checksum, or {@code null}
     * @param transactional whether the step ran in a transaction
     * @param user          the database user, or {@code null} to let the database fill it
     * @param host          the client host, or {@code null} to let the database fill it
     * @param startedAt     when the step started, or {@code null} for the database's current time
     * @param duration      how long it took, or {@code null} (offline)
     * @param success       whether it succeeded
     * @param error         the error message of a failed attempt, or {@code null}
     */
    public record NewEntry(String revision, Action action, List<String> fromRows, List<String> toRows,
            String checksum, boolean transactional, String user, String host, Instant startedAt, Duration duration,
            boolean success, String error) {

        public NewEntry {
            Objects.requireNonNull(revision, "revision");
            Objects.requireNonNull(action, "action");
            fromRows = List.copyOf(fromRows);
            toRows = List.copyOf(toRows);
        }

        /** The error, when there was one. */
        public Optional<String> errorMessage() {
            return Optional.ofNullable(error);
        }
    }
}
