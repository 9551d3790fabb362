package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {

    @TempDir
    Path dir;

    @Test
    void createsTheFolderAndTheTemplateAndLeavesThemAloneTheSecondTime() throws IOException {
        Cli.Result first = Cli.in(dir).run("init");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out()).isEqualTo("""
                Created db/migrations
                Created migrate.properties
                Next: set migrate.url in migrate.properties, then write a first revision with: migrate revision -m "create tables"
                """);
        assertThat(dir.resolve("db/migrations")).isDirectory();
        assertThat(Files.readString(dir.resolve("migrate.properties"))).contains("migrate.locations=filesystem:db/migrations");

        Cli.Result second = Cli.in(dir).run("init");
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).startsWith("""
                Exists, left alone: db/migrations
                Exists, left alone: migrate.properties
                """);
    }

    @Test
    void anotherFolderAndConfigFile() {
        Cli.Result r = Cli.in(dir).run("init", "sql", "--config", "conf/migrate-prod.properties");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("""
                Created sql
                Created conf/migrate-prod.properties
                """);
        assertThat(dir.resolve("conf/migrate-prod.properties")).content().contains("migrate.locations=filesystem:../sql");
    }
}
