package dev.migrate.autogen;

import dev.migrate.command.Migrator;
import dev.migrate.schema.SqlType;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import org.junit.jupiter.api.AfterAll;

/** Autogenerate on PostgreSQL. */
class PostgresAutogenTest extends AutogenContract {

    @Override
    protected Connection open() throws Exception {
        return SharedPostgres.emptied();
    }

    @AfterAll
    static void dropDatabase() {
        SharedPostgres.drop();
    }

    @Override
    protected Migrator.Builder migrator() {
        TestDatabase database = SharedPostgres.database();
        return Migrator.builder().url(database.url()).user(database.user()).password(database.password());
    }

    @Override
    protected SqlType changedSerialType() {
        return SqlType.VARCHAR(40);
    }

    @Override
    protected String stateDefault() {
        return "'new'::character varying";
    }

    @Override
    protected String minusOne() {
        return "'-1'::integer";
    }
}
