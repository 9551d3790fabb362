package dev.migrate.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.boot.testapp.Database;
import dev.migrate.command.Migrator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupWarmUpTests {

    @TempDir
    Path dir;

    @Test
    void warmUpReadsButLeavesTheDatabaseAsItWas() throws Exception {
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        Files.writeString(scripts.resolve("a1_create_devices.sql"), """
                -- migrate:revision a1
                -- migrate:message create devices

                -- migrate:upgrade
                CREATE TABLE devices (id INTEGER PRIMARY KEY);

                -- migrate:downgrade
                DROP TABLE devices;
                """);
        Database database = Database.sqlite(dir);
        try (Migrator migrator = Migrator.builder().url(database.url()).locations("filesystem:" + scripts).build()) {
            StartupWarmUp.start(migrator).await();

            assertThat(database.tables()).doesNotContain("devices", "migrate_version");
            assertThat(migrator.upgrade("heads").toRows()).containsExactly("a1");
        }
    }

    @Test
    void aWarmUpThatFailsEndsQuietly() {
        try (Migrator migrator = Migrator.builder().url("jdbc:sqlite:" + dir.resolve("no-such-dir/app.db"))
                .locations("filesystem:" + dir.resolve("missing")).build()) {
            StartupWarmUp warmUp = StartupWarmUp.start(migrator);

            warmUp.await();
            warmUp.await();
        }
    }
}
