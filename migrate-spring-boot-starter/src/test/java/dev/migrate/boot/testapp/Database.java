package dev.migrate.boot.testapp;

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
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A database for one test: a SQLite file or a fresh PostgreSQL database; closing it drops it. */
public record Database(String kind, String url, String user, String password, AutoCloseable dropper)
        implements AutoCloseable {

    public static Database sqlite(Path directory) {
        return new Database("sqlite", "jdbc:sqlite:" + directory.resolve("app.db"), null, null, () -> { });
    }

    public static Database postgres() {
        TestDatabase db = TestPostgres.createDatabase();
        return new Database("postgresql", db.url(), db.user(), db.password(), db);
    }

    /** The Spring properties that point the application's DataSource at it. */
    public List<String> properties() {
        List<String> properties = new ArrayList<>(List.of("spring.datasource.url=" + url));
        if (user != null) {
            properties.add("spring.datasource.username=" + user);
        }
        if (password != null) {
            properties.add("spring.datasource.password=" + password);
        }
        return properties;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** The tables of the current schema, in lower case, sorted. */
    public List<String> tables() throws SQLException {
        try (Connection c = connect()) {
            List<String> tables = new ArrayList<>();
            String schema = kind.equals("postgresql") ? "public" : null;
            try (ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[] { "TABLE" })) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            return tables.stream().sorted().toList();
        }
    }

    /** The rows of a query, each as column label to value text, in order. */
    public List<Map<String, String>> query(String sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<Map<String, String>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, String> row = new TreeMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** Runs statements, each on its own. */
    public void execute(String... statements) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    @Override
    public void close() throws Exception {
        dropper.close();
    }

    @Override
    public String toString() {
        return kind;
    }
}
