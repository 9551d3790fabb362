package dev.migrate.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.history.HistoryEntry;
import dev.migrate.history.HistoryLog;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Java migrations next to a SQL script: ops rendered by the dialect, op.connection() online, offline SQL. */
class JavaMigrationTest {

    static final String PACKAGE = "dev.migrate.command.fixtures";

    @TempDir
    Path dir;

    static String dbError(String dialect) {
        return dialect.equals("sqlite") ? "[SQLITE_ERROR] SQL error or missing database (no such table: nowhere)"
                : "ERROR: relation \"nowhere\" does not exist Position: 13";
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void javaMigrationsRunInTheirStepsTransactionAndDowngrade(String dialect) throws Exception {
        try (Db db = Db.create(dialect, dir)) {
            Migrator migrator = db.migrator().locations(List.of()).javaPackages(PACKAGE).build();
            RunResult up = migrator.upgrade("j3");
            assertThat(up.steps()).extracting(AppliedStep::revision, AppliedStep::source).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("s1",
                            "classpath:dev/migrate/command/fixtures/s1_create_owners.sql"),
                    org.assertj.core.groups.Tuple.tuple("j1", "class " + PACKAGE + ".R_j1_CreateDevices"),
                    org.assertj.core.groups.Tuple.tuple("j2", "class " + PACKAGE + ".R_j2_AddSerial"),
                    org.assertj.core.groups.Tuple.tuple("j3", "class " + PACKAGE + ".R_j3_SeedOwner"));
            assertThat(db.query("SELECT name FROM owners")).containsExactly("first owner");
            try (Connection c = db.connect()) {
                assertThat(SchemaSnapshot.of(c).get("devices")).contains("index ix_devices_serial serial unique=false");
                List<HistoryEntry> log = new HistoryLog(dialect, null, "migrate_history").read(c);
                assertThat(log).extracting(HistoryEntry::checksum).containsExactly(log.get(0).checksum(), null, null,
                        null);
                assertThat(log.get(0).checksum()).startsWith("crc32c:");
            }

            assertThatThrownBy(() -> migrator.upgrade("heads"))
                    .hasMessage("Upgrade of revision j4 (broken) failed at " + PACKAGE + ".R_j4_Broken.upgrade, op 2 "
                            + "(execute INSERT INTO nowhere VALUES (1)): " + dbError(dialect)
                            + "\nStatement: INSERT INTO nowhere VALUES (1)"
                            + "\nThe step was rolled back: the database stays at j3. Fix the script and run the "
                            + "upgrade again.");
            assertThat(db.query("SELECT count(*) FROM owners")).containsExactly("1");

            assertThat(migrator.downgrade("base").steps()).extracting(AppliedStep::revision)
                    .containsExactly("j3", "j2", "j1", "s1");
            try (Connection c = db.connect()) {
                assertThat(SchemaSnapshot.of(c).keySet()).containsExactly("migrate_history", "migrate_version");
            }
        }
    }

    @Test
    void offlineTheOpsAreRenderedAndAConnectionIsAClearError() {
        Migrator migrator = Migrator.builder().dialect("postgresql").locations(List.of()).javaPackages(PACKAGE)
                .build();
        assertThat(migrator.upgradeSql("j2")).contains("CREATE TABLE devices (", "CREATE INDEX ix_devices_serial");
        assertThatThrownBy(() -> migrator.upgradeSql("j3"))
                .hasMessage("Writing the SQL of revision j3 (class " + PACKAGE + ".R_j3_SeedOwner) failed: "
                        + "op.connection() is not available in an offline (--sql) run: there is no database. Express "
                        + "the change with op.execute(...) or op.bulkInsert(...), or check op.isOffline() first");
    }
}
