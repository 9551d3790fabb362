package dev.migrate.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The version table: one row per applied head, Alembic's shape
 * ({@code version_num VARCHAR(32) NOT NULL}, primary key {@code <table>_pkc}), so that a database
 * Alembic managed can be taken over by naming it {@code alembic_version}.
 */
public final class VersionTable {

    private final Flavor flavor;
    private final String schema;
    private final String name;

    /**
     * @param dialectName the dialect's name: {@code postgresql} or {@code sqlite}
     * @param schema      the schema, or {@code null} for the connection's default
     * @param name        the table name
     */
    public VersionTable(String dialectName, String schema, String name) {
        this.flavor = Flavor.of(dialectName);
        this.schema = schema;
        this.name = Objects.requireNonNull(name, "name");
    }

    /** The table name. */
    public String name() {
        return name;
    }

    /** The schema, when one is configured. */
    public Optional<String> schema() {
        return Optional.ofNullable(schema);
    }

    /** The table as messages name it: {@code schema.table} or {@code table}. */
    public String displayName() {
        return schema == null ? name : schema + "." + name;
    }

    /** The table as SQL names it (quoted where needed). */
    public String sqlName() {
        return flavor.table(schema, name);
    }

    /** {@code CREATE TABLE IF NOT EXISTS} for the table. */
    public String createSql() {
        return "CREATE TABLE IF NOT EXISTS " + sqlName() + " (version_num VARCHAR(32) NOT NULL, CONSTRAINT "
                + flavor.identifier(name + "_pkc") + " PRIMARY KEY (version_num))";
    }

    /** Whether the table exists. */
    public boolean exists(Connection connection) throws SQLException {
        return Tables.exists(connection, flavor, schema, name);
    }

    /** The version rows, sorted; empty when the table does not exist. */
    public List<String> read(Connection connection) throws SQLException {
        return exists(connection) ? rows(connection) : List.of();
    }

    /** The version rows, sorted, of a table known to exist (one query). */
    public List<String> rows(Connection connection) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT version_num FROM " + sqlName())) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        Collections.sort(rows);
        return List.copyOf(rows);
    }

    /** Creates the table when it is missing. */
    public void create(StatementExecutor executor) throws SQLException {
        executor.update(createSql());
    }

    /** Adds a row for a new head. */
    public void insert(StatementExecutor executor, String revision) throws SQLException {
        int count = executor.update("INSERT INTO " + sqlName() + " (version_num) VALUES (" + flavor.literal(revision)
                + ")");
        expectOne(executor, count, "inserting '" + revision + "'");
    }

    /** Removes the row of a head. */
    public void delete(StatementExecutor executor, String revision) throws SQLException {
        int count = executor.update("DELETE FROM " + sqlName() + " WHERE version_num = " + flavor.literal(revision));
        expectOne(executor, count, "deleting '" + revision + "'");
    }

    /** Moves a head from one revision to another. */
    public void update(StatementExecutor executor, String from, String to) throws SQLException {
        int count = executor.update("UPDATE " + sqlName() + " SET version_num = " + flavor.literal(to)
                + " WHERE version_num = " + flavor.literal(from));
        expectOne(executor, count, "updating '" + from + "' to '" + to + "'");
    }

    /** Deletes every row (stamp with purge). */
    public void purge(StatementExecutor executor) throws SQLException {
        executor.update("DELETE FROM " + sqlName());
    }

    private void expectOne(StatementExecutor executor, int count, String what) {
        if (executor.online() && count != 1) {
            throw new VersionTableException("The version table " + displayName() + " changed under this run: "
                    + "expected to match 1 row when " + what + ", found " + count + ". Another process may be "
                    + "migrating this database without taking Migrate's lock, or the table was edited by hand; "
                    + "run 'migrate current' to see its rows and try again.");
        }
    }

    @Override
    public String toString() {
        return "VersionTable[" + displayName() + "]";
    }

    /** Existence checks per database. */
    static final class Tables {
        private Tables() {
        }

        static boolean exists(Connection connection, Flavor flavor, String schema, String name) throws SQLException {
            switch (flavor) {
                case POSTGRESQL:
                    return query(connection, "SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
                            + "ON n.oid = c.relnamespace WHERE n.nspname = "
                            + (schema == null ? "current_schema()" : "?") + " AND c.relname = ? "
                            + "AND c.relkind IN ('r', 'p')",
                            schema == null ? new String[] {name} : new String[] {schema, name});
                default:
                    return query(connection, "SELECT 1 FROM " + (schema == null ? "" : flavor.identifier(schema) + ".")
                            + "sqlite_master WHERE type = 'table' AND name = ?", name);
            }
        }

        private static boolean query(Connection connection, String sql, String... params) throws SQLException {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setString(i + 1, params[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        }
    }
}
