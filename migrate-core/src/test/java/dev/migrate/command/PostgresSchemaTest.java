package dev.migrate.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.runtime.TransactionMode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The version table and history log in their own PostgreSQL schema. */
class PostgresSchemaTest {

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
}
