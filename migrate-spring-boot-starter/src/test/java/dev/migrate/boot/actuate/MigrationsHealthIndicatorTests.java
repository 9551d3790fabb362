package dev.migrate.boot.actuate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.boot.StartupMigration;
import dev.migrate.command.Migrator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class MigrationsHealthIndicatorTests {

    @TempDir
    Path dir;

    private final StartupMigration started = new StartupMigration(StartupMigration.Mode.MIGRATE, false);

    private Migrator migrator(String location) {
        return Migrator.builder().url("jdbc:sqlite:" + dir.resolve("app.db")).locations(location).build();
    }

    private Health health(Migrator migrator) {
        return new MigrationsHealthIndicator(migrator, started).health();
    }

    @Test
    void upAtHead() {
        Migrator migrator = migrator("classpath:db/app");
        migrator.upgrade();
        Health health = health(migrator);
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).isEqualTo(Map.of("mode", "migrate", "current", List.of("c3"),
                "heads", List.of("c3"), "pending", List.of()));
    }

    @Test
    void outOfServiceWithPendingRevisions() {
        Migrator migrator = migrator("classpath:db/app");
        migrator.upgrade("a1");
        Health health = health(migrator);
        assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(health.getDetails()).containsEntry("reason", "2 revisions pending")
                .containsEntry("pending", List.of("b2", "c3")).containsEntry("current", List.of("a1"));
    }

    @Test
    void outOfServiceWhileTheStartupMigrationRuns() {
        StartupMigration running = new StartupMigration(StartupMigration.Mode.MIGRATE, true);
        running.running();
        Health health = new MigrationsHealthIndicator(migrator("classpath:db/app"), running).health();
        assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(health.getDetails()).isEqualTo(Map.of("mode", "migrate",
                "reason", "the database is being migrated at startup"));
    }

    @Test
    void downWhenTheDatabaseIsAheadOfTheCode() throws Exception {
        Migrator migrator = migrator("classpath:db/app");
        migrator.upgrade();
        execute("UPDATE migrate_version SET version_num = 'd4'");
        Health health = health(migrator);
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("reason",
                "the database is ahead of the code: no script declares d4");
    }

    @Test
    void downWhenAnAppliedScriptChanged() throws Exception {
        Path scripts = copy("db/app", "a1_create_devices.sql", "b2_add_description.sql", "c3_create_readings.sql");
        Migrator migrator = migrator("filesystem:" + scripts);
        migrator.upgrade();
        Path a1 = scripts.resolve("a1_create_devices.sql");
        Files.writeString(a1, Files.readString(a1).replace("VARCHAR(100)", "VARCHAR(120)"));
        Health health = health(migrator);
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("reason", "applied scripts changed since they were applied: a1");
    }

    @Test
    void downWhenTheLastRunFailed() {
        Migrator migrator = migrator("classpath:db/failing");
        assertThatThrownBy(migrator::upgrade).isNotNull();
        Health health = health(migrator);
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat((String) health.getDetails().get("reason")).startsWith("the last run failed: upgrade b2: ")
                .contains("no_such_table");
        assertThat(health.getDetails()).containsEntry("pending", List.of("b2"));
    }

    private void execute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
                Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private Path copy(String folder, String... files) throws IOException {
        Path target = Files.createDirectories(dir.resolve(folder));
        for (String file : files) {
            try (InputStream in = getClass().getResourceAsStream("/" + folder + "/" + file)) {
                Files.copy(in, target.resolve(file));
            }
        }
        return target;
    }
}
