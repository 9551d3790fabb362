package dev.migrate.autogen;

import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One PostgreSQL database for the tests of a class, its public schema emptied before each test:
 * dropping a database takes PostgreSQL a second or two, emptying a schema a few milliseconds.
 */
final class SharedPostgres {

    private static TestDatabase database;

    private SharedPostgres() {
    }

    /** The shared database, created on first use. */
    static synchronized TestDatabase database() {
        if (database == null) {
            database = TestPostgres.createDatabase();
        }
        return database;
    }

    /** A connection to the shared database, whose public schema is now empty. */
    static Connection emptied() throws SQLException {
        Connection c = database().connect();
        try (Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA public CASCADE");
            st.execute("CREATE SCHEMA public");
        }
        return c;
    }

    /** Drops the shared database (call it after the tests of a class). */
    static synchronized void drop() {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
