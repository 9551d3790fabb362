package dev.migrate.autogen;

import dev.migrate.command.Migrator;
import dev.migrate.schema.SqlType;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestPostgres;
import java.sql.Connection;

/** Autogenerate on PostgreSQL. */
class PostgresAutogenTest extends AutogenContract {

    private TestDatabase database;

    @Override
    protected Connection open() throws Exception {
        database = TestPostgres.createDatabase();
        return database.connect();
    }

    @Override
    protected void dispose() {
        database.close();
    }

    @Override
    protected Migrator.Builder migrator() {
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
