package dev.migrate.reliability;

import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A database under test, SQLite file or PostgreSQL database, with the queries the reliability tests check
 * state with: version rows, successful history entries, tables, advisory locks.
 */
sealed interface Db extends AutoCloseable {

    /** The JDBC URL that the CLI, the starter and the Migrator get. */
    String url();

    /** {@code sqlite} or {@code postgresql}, for names and messages. */
    String kind();

    Connection connect() throws SQLException;

    @Override
    void close();

    /** A new database file {@code name} in {@code dir}. */
    static Db sqlite(Path dir, String name) {
        return new Sqlite(dir.resolve(name).toAbsolutePath());
    }

    /** A fresh PostgreSQL database (dropped on close). */
    static Db postgres() {
        return new Postgres(TestPostgres.createDatabase());
    }

    /** The version rows, sorted; empty when the table is missing. */
    default List<String> versionRows() throws SQLException {
        if (!tables().contains("migrate_version")) {
            return List.of();
        }
        return strings("SELECT version_num FROM migrate_version ORDER BY version_num");
    }

    /** How many successful entries of {@code action} the history log has, per revision. */
    default Map<String, Integer> successes(String action) throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        if (!tables().contains("migrate_history")) {
            return counts;
        }
        try (Connection c = connect(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT revision, count(*) FROM migrate_history WHERE action = '"
                        + action + "' AND success GROUP BY revision")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counts;
    }

    /** The user tables, sorted (SQLite's own and PostgreSQL's catalogs left out). */
    List<String> tables() throws SQLException;

    /** The first column of every row of {@code sql}. */
    default List<String> strings(String sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    /** The single number {@code sql} returns. */
    default long number(String sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Runs statements in auto-commit mode. */
    default void execute(String... sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    /** An SQLite file. */
    record Sqlite(Path file) implements Db {
        @Override
        public String url() {
            return "jdbc:sqlite:" + file;
        }

        @Override
        public String kind() {
            return "sqlite";
        }

        @Override
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url());
        }

        @Override
        public List<String> tables() throws SQLException {
            return strings("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                    + "ORDER BY name");
        }

        @Override
        public void close() {
        }
    }

    /** A PostgreSQL database of the test server. */
    record Postgres(TestDatabase database) implements Db {
        @Override
        public String url() {
            return database.url();
        }

        @Override
        public String kind() {
            return "postgresql";
        }

        @Override
        public Connection connect() throws SQLException {
            return database.connect();
        }

        @Override
        public List<String> tables() throws SQLException {
            return strings("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                    + "ORDER BY table_name");
        }

        /** Advisory locks held in this database by any session. */
        long advisoryLocks() throws SQLException {
            return number("SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
                    + "WHERE l.locktype = 'advisory' AND d.datname = current_database()");
        }

        /** Sessions connected to this database, besides the one asking. */
        long otherSessions() throws SQLException {
            return number("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    + "AND pid <> pg_backend_pid() AND backend_type = 'client backend'");
        }

        @Override
        public void close() {
            database.close();
        }
    }
}
