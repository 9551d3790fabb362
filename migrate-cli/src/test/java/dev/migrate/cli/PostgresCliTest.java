package dev.migrate.cli;

import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A {@link CliProjectTest} on a fresh database of the PostgreSQL test server for each test, dropped after it. */
abstract class PostgresCliTest extends CliProjectTest {

    TestDatabase db;

    @BeforeEach
    void createDatabase() {
        db = TestPostgres.createDatabase();
    }

    @AfterEach
    void dropDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Override
    String url() {
        return db.url();
    }
}
