package dev.migrate.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.dialect.SchemaCreatorContract;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestPostgres;
import java.sql.Connection;

/** createAll and dropAll on a fresh PostgreSQL database. */
class PostgresSchemaCreatorTest extends SchemaCreatorContract {

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
    protected void assertNothingLeft() throws Exception {
        assertThat(db.rows("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = 'public'")).isEmpty();
        assertThat(db.rows("SELECT conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace"
                + " WHERE n.nspname = 'public'")).isEmpty();
    }
}
