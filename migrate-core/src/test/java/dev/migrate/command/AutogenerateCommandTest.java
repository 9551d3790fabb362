package dev.migrate.command;

import static dev.migrate.schema.SqlType.BIGINT;
import static dev.migrate.schema.SqlType.TEXT;
import static dev.migrate.schema.SqlType.VARCHAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.autogen.CompareOptions;
import dev.migrate.autogen.SchemaDiff;
import dev.migrate.schema.MetaData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** revision --autogenerate, check and compare through the {@link Migrator}. */
class AutogenerateCommandTest {

    @TempDir
    Path dir;

    static final MetaData USERS = MetaData.builder()
            .table("users", t -> t.column("id", BIGINT, c -> c.primaryKey().identity()).column("email", VARCHAR(200), c -> c.notNull()))
            .build();
    static final MetaData USERS_WITH_NAME = MetaData.builder()
            .table("users", t -> t.column("id", BIGINT, c -> c.primaryKey().identity()).column("email", VARCHAR(200), c -> c.notNull())
                    .column("name", TEXT).index("name"))
            .build();

    @Test
    void writesAReviewableSqlScriptForTheConfiguredDialect() throws Exception {
        try (Db db = Db.create("sqlite", dir)) {
            Path scripts = Files.createDirectories(dir.resolve("migrations"));
            Migrator m = db.migrator("filesystem:" + scripts).build();
            m.revision("users", RevisionOptions.defaults().withRevId("a1"), USERS, CompareOptions.defaults());
            m.upgrade("heads");

            AutogenerateResult result = m.revision("add a name to users", RevisionOptions.defaults().withRevId("b2"), USERS_WITH_NAME,
                    CompareOptions.defaults());

            assertThat(result.script().file()).isEqualTo(scripts.resolve("b2_add_a_name_to_users.sql"));
            assertThat(result.script().revision().downRevisions()).containsExactly("a1");
            assertThat(result.diff().report()).isEqualTo("""
                    2 differences between the declared schema and the database:
                      - added column 'users.name' (TEXT)
                      - added index 'ix_users_name' on users (name)""");
            assertThat(Files.readString(result.script().file())).isEqualTo("""
                    -- Written by 'migrate revision --autogenerate' from the differences between the declared schema
                    -- and the sqlite database. Review it before you apply it, and edit it where needed:
                    -- autogenerate sees tables, columns (type, nullability, server default when asked, comment),
                    -- indexes, unique constraints and foreign keys. It does not see renames (it drops and adds),
                    -- changes of primary keys, check constraints, indexes on expressions, or data to migrate.

                    -- migrate:revision b2
                    -- migrate:down-revision a1
                    -- migrate:message add a name to users

                    -- migrate:upgrade
                    -- add column users.name
                    ALTER TABLE users ADD COLUMN name TEXT;

                    -- create index ix_users_name on users
                    CREATE INDEX ix_users_name ON users (name);

                    -- migrate:downgrade
                    -- drop index ix_users_name on users
                    DROP INDEX ix_users_name;

                    -- drop column users.name
                    ALTER TABLE users DROP COLUMN name;
                    """);
            assertThat(result.script().revision().checksum()).isEqualTo(m.show("b2").checksum());
        }
    }

    @Test
    void checkFindsNoChangesOnceTheDatabaseIsAtTheHeadsAndListsTheDifferencesOtherwise() throws Exception {
        try (Db db = Db.create("sqlite", dir)) {
            Path scripts = Files.createDirectories(dir.resolve("migrations"));
            Migrator m = db.migrator("filesystem:" + scripts).build();
            m.revision("users", RevisionOptions.defaults().withRevId("a1"), USERS, CompareOptions.defaults());

            assertThatThrownBy(() -> m.check(USERS)).isInstanceOf(IllegalStateException.class).hasMessage("The database is not"
                    + " up to date, so 'check' would compare the declared schema with an old schema: it is at base and the"
                    + " scripts' heads are a1. Run 'migrate upgrade heads' first");
            assertThat(m.compare(USERS).report()).isEqualTo("""
                    1 difference between the declared schema and the database:
                      - added table 'users'""");

            m.upgrade("heads");
            SchemaDiff clean = m.check(USERS);
            assertThat(clean.isEmpty()).isTrue();
            assertThat(clean.report()).isEqualTo("No changes detected");
            assertThat(m.check(USERS_WITH_NAME).report()).isEqualTo("""
                    2 differences between the declared schema and the database:
                      - added column 'users.name' (TEXT)
                      - added index 'ix_users_name' on users (name)""");
            assertThat(m.check(USERS_WITH_NAME, CompareOptions.defaults().excludeTables("users")).isEmpty()).isTrue();
            assertThatThrownBy(() -> m.revision("x", RevisionOptions.defaults(), null, CompareOptions.defaults()))
                    .hasMessage("Autogenerate needs the declared schema (a MetaData) to compare the database with; give the"
                            + " class that provides it");
        }
    }

    @Test
    void withNoChangesTheScriptHasEmptySections() throws Exception {
        try (Db db = Db.create("postgresql", dir)) {
            Path scripts = Files.createDirectories(dir.resolve("migrations"));
            Migrator m = db.migrator("filesystem:" + scripts).build();
            m.revision("users", RevisionOptions.defaults().withRevId("a1"), USERS, CompareOptions.defaults());
            m.upgrade("heads");

            AutogenerateResult result = m.revision("nothing", RevisionOptions.defaults().withRevId("b2"), USERS, null);

            assertThat(result.diff().isEmpty()).isTrue();
            assertThat(Files.readString(result.script().file())).endsWith("""
                    -- changes of primary keys, check constraints, indexes on expressions, or data to migrate.
                    --
                    -- No changes detected: the upgrade and the downgrade are empty.

                    -- migrate:revision b2
                    -- migrate:down-revision a1
                    -- migrate:message nothing

                    -- migrate:upgrade

                    -- migrate:downgrade
                    """);
            m.upgrade("heads");
            assertThat(m.current().revisions()).containsExactly("b2");
        }
    }

    @Test
    void comparesTheTablesOfTheCurrentSchemaWhenTheVersionTableLivesInAnother() throws Exception {
        try (Db db = Db.create("postgresql", dir)) {
            db.run("CREATE SCHEMA meta");
            Path scripts = Files.createDirectories(dir.resolve("migrations"));
            Migrator m = db.migrator("filesystem:" + scripts).schema("meta").build();
            m.revision("users", RevisionOptions.defaults(), USERS, CompareOptions.defaults());
            m.upgrade("heads");

            assertThat(m.check(USERS).report()).isEqualTo(SchemaDiff.NO_CHANGES);
            assertThat(m.current().versionTable()).isEqualTo("meta.migrate_version");
        }
    }
}
