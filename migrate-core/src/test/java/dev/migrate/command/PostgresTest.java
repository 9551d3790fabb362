package dev.migrate.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.runtime.TransactionMode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PostgreSQL specifics: the tables in their own schema, a script that must run outside a transaction. */
class PostgresTest {

    @TempDir
    Path dir;

    @Test
    void bothTablesLiveInTheConfiguredSchema() throws Exception {
        try (Db db = Db.create("postgresql", dir)) {
            db.run("CREATE SCHEMA migrate");
            Migrator migrator = db.migrator(MigratorRunTest.BRANCHES).schema("migrate")
                    .transactionMode(TransactionMode.ALL).build();
            assertThat(migrator.upgrade("heads").toRows()).containsExactly("d1");
            assertThat(db.query("SELECT version_num FROM migrate.migrate_version")).containsExactly("d1");
            assertThat(db.query("SELECT count(*) FROM migrate.migrate_history")).containsExactly("7");
            assertThat(db.query("SELECT table_schema || '.' || table_name FROM information_schema.tables "
                    + "WHERE table_name LIKE 'migrate%' ORDER BY 1"))
                    .containsExactly("migrate.migrate_history", "migrate.migrate_version");
            assertThat(migrator.current().versionTable()).isEqualTo("migrate.migrate_version");
            assertThat(migrator.current().revisions()).containsExactly("d1");
        }
    }

    @Test
    void aScriptMarkedNotTransactionalRunsCreateIndexConcurrently() throws Exception {
        Path scripts = dir.resolve("scripts");
        ScriptFiles.write(scripts, "p1", null, "create items", "CREATE TABLE items (id INTEGER, name TEXT);",
                "DROP TABLE items;");
        Path p2 = ScriptFiles.write(scripts, "p2", "p1", "index items concurrently",
                "CREATE INDEX CONCURRENTLY items_name ON items (name);", "DROP INDEX CONCURRENTLY items_name;");
        java.nio.file.Files.writeString(p2, java.nio.file.Files.readString(p2)
                .replace("-- migrate:message", "-- migrate:transactional false\n-- migrate:message"));
        try (Db db = Db.create("postgresql", dir)) {
            Migrator migrator = db.migrator("filesystem:" + scripts).build();
            RunResult result = migrator.upgrade("heads");
            assertThat(result.steps()).extracting(AppliedStep::revision, AppliedStep::transactional).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("p1", true), org.assertj.core.groups.Tuple.tuple("p2", false));
            assertThat(db.query("SELECT indexname FROM pg_indexes WHERE tablename = 'items'"))
                    .containsExactly("items_name");
            assertThat(db.query("SELECT transactional FROM migrate_history ORDER BY id")).containsExactly("t", "f");
            assertThat(migrator.downgrade("base").toRows()).isEmpty();
            assertThat(migrator.upgradeSql("heads")).contains("-- Running upgrade p1 -> p2, index items concurrently ["
                    + scripts + "/p2_index_items_concurrently.sql]\n-- transactional false: these statements run "
                    + "outside a transaction\nCREATE INDEX CONCURRENTLY items_name ON items (name);\n\n");
        }
    }
}
