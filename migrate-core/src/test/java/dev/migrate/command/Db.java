package dev.migrate.command;

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
import java.util.UUID;

/** A database for a test (an SQLite file or a fresh PostgreSQL database) and migrators pointed at it. */
record Db(String dialect, String url, TestDatabase postgres) implements AutoCloseable {

    static Db create(String dialect, Path dir) {
        if (dialect.equals("sqlite")) {
            return new Db("sqlite", "jdbc:sqlite:" + dir.resolve("db-" + UUID.randomUUID() + ".db"), null);
        }
        TestDatabase db = TestPostgres.createDatabase();
        return new Db("postgresql", db.url(), db);
    }

    /** A builder with this database and the given locations. */
    Migrator.Builder migrator(String... locations) {
        Migrator.Builder b = Migrator.builder().url(url).locations(locations);
        if (postgres != null) {
            b.user(postgres.user()).password(postgres.password());
        }
        return b;
    }

    Connection connect() throws SQLException {
        return postgres != null ? postgres.connect() : DriverManager.getConnection(url);
    }

    void run(String... sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    List<String> query(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** The file name of the SQLite database, or the PostgreSQL database name in quotes. */
    String displayName() {
        return postgres != null ? "'" + postgres.name() + "'" : url.substring("jdbc:sqlite:".length());
    }

    @Override
    public void close() {
        if (postgres != null) {
            postgres.close();
        }
    }
}
