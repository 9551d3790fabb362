package dev.migrate.autogen;

import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestPostgres;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;

/** The autogenerate fuzz test on PostgreSQL: one database, its public schema emptied before each round. */
class PostgresAutogenFuzzTest extends AutogenFuzzContract {

    private TestDatabase database;

    @Override
    protected Connection fresh(int round) throws Exception {
        if (database == null) {
            database = TestPostgres.createDatabase();
        }
        Connection c = database.connect();
        try (Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA public CASCADE");
            st.execute("CREATE SCHEMA public");
        }
        return c;
    }

    @Override
    protected boolean comments() {
        return true;
    }

    @AfterEach
    void drop() {
        if (database != null) {
            database.close();
        }
    }
}
