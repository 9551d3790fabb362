package dev.migrate.autogen;

import java.sql.Connection;
import org.junit.jupiter.api.AfterAll;

/** The compare options on PostgreSQL. */
class PostgresCompareOptionsTest extends CompareOptionsContract {

    @Override
    protected Connection open() throws Exception {
        return SharedPostgres.emptied();
    }

    @AfterAll
    static void dropDatabase() {
        SharedPostgres.drop();
    }
}
