package dev.migrate.autogen;

import java.sql.Connection;
import org.junit.jupiter.api.AfterAll;

/** The autogenerate fuzz test on PostgreSQL: one database, its public schema emptied before each round. */
class PostgresAutogenFuzzTest extends AutogenFuzzContract {

    @Override
    protected Connection fresh(int round) throws Exception {
        return SharedPostgres.emptied();
    }

    @Override
    protected boolean comments() {
        return true;
    }

    @AfterAll
    static void dropDatabase() {
        SharedPostgres.drop();
    }
}
