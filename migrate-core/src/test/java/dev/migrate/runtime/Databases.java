package dev.migrate.runtime;

import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A database for a test: an SQLite file in a temporary folder, or a fresh PostgreSQL database. */
record Databases(String dialect, String url, TestDatabase postgres) implements AutoCloseable {

    static Databases create(String dialect, Path dir) {
        if (dialect.equals("sqlite")) {
            return new Databases("sqlite", "jdbc:sqlite:" + dir.resolve("db-" + UUID.randomUUID() + ".db"), null);
        }
        TestDatabase db = TestPostgres.createDatabase();
        return new Databases("postgresql", db.url(), db);
    }

    Connection connect() throws SQLException {
        return postgres != null ? postgres.connect() : DriverManager.getConnection(url);
    }

    /** Runs statements on a fresh connection. */
    void run(String... sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    @Override
    public void close() {
        if (postgres != null) {
            postgres.close();
        }
    }
}
