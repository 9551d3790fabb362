package dev.migrate.boot.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.command.Migrator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrateCommandLineTests {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        Migrator migrator = Migrator.builder().url("jdbc:sqlite:" + dir.resolve("app.db")).locations("classpath:db/app")
                .build();
        out.reset();
        err.reset();
        return new MigrateCommandLine(migrator, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void upgradeThenCurrent() {
        assertThat(run("upgrade", "b2")).isZero();
        assertThat(out()).matches("(?s)  upgrade base -> a1, create devices \\(\\d+ ms\\)\n"
                + "  upgrade a1 -> b2, add description \\(\\d+ ms\\)\n"
                + "Upgraded from base to b2: 2 revisions in \\d+ ms\n");
        assertThat(run("current")).isZero();
        assertThat(out()).isEqualTo("b2, add description\n");
        assertThat(run("upgrade")).isZero();
        assertThat(out()).matches("(?s)  upgrade b2 -> c3, create readings \\(\\d+ ms\\)\n"
                + "Upgraded from b2 to c3: 1 revision in \\d+ ms\n");
        assertThat(run("upgrade")).isZero();
        assertThat(out()).isEqualTo("Database at c3; nothing to upgrade\n");
        assertThat(run("current")).isZero();
        assertThat(out()).isEqualTo("c3 (telemetry) (head), create readings\n");
    }

    @Test
    void currentOfAnEmptyDatabase() {
        assertThat(run("current")).isZero();
        assertThat(out()).isEqualTo("base\n");
    }

    @Test
    void downgrade() {
        run("upgrade");
        assertThat(run("downgrade", "-1")).isZero();
        assertThat(out()).matches("(?s)  downgrade c3 -> b2, create readings \\(\\d+ ms\\)\n"
                + "Downgraded from c3 to b2: 1 revision in \\d+ ms\n");
        assertThat(run("downgrade", "base")).isZero();
        assertThat(out()).matches("(?s).*Downgraded from b2 to base: 2 revisions in \\d+ ms\n");
        assertThat(run("current")).isZero();
        assertThat(out()).isEqualTo("base\n");
    }

    @Test
    void history() {
        run("upgrade", "a1");
        assertThat(run("history")).isZero();
        assertThat(out()).isEqualTo("""
                b2 -> c3 (telemetry) (head), create readings [pending]
                a1 -> b2, add description [pending]
                <base> -> a1 (current), create devices [current]
                """);
    }

    @Test
    void verboseHistoryShowsTheLog() {
        run("upgrade", "a1");
        assertThat(run("history", "-v")).isZero();
        assertThat(out()).containsPattern("<base> -> a1 \\(current\\), create devices \\[current\\]\n"
                + "    upgrade base -> a1 at \\S+ in \\d+ ms by \\S+\n");
    }

    @Test
    void heads() {
        assertThat(run("heads")).isZero();
        assertThat(out()).isEqualTo("c3 (telemetry) (head), create readings\n");
    }

    @Test
    void stamp() {
        assertThat(run("stamp", "b2")).isZero();
        assertThat(out()).isEqualTo("Stamped b2 (was base)\n");
        assertThat(run("stamp", "--purge", "heads")).isZero();
        assertThat(out()).isEqualTo("Stamped c3 (was b2)\n");
    }

    @Test
    void repair() throws Exception {
        Path scripts = java.nio.file.Files.createDirectories(dir.resolve("scripts"));
        for (String file : List.of("a1_create_devices.sql", "b2_add_description.sql", "c3_create_readings.sql")) {
            try (var in = getClass().getResourceAsStream("/db/app/" + file)) {
                java.nio.file.Files.copy(in, scripts.resolve(file));
            }
        }
        Migrator migrator = Migrator.builder().url("jdbc:sqlite:" + dir.resolve("app.db"))
                .locations("filesystem:" + scripts).build();
        MigrateCommandLine command = new MigrateCommandLine(migrator, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(command.execute(List.of("upgrade"))).isZero();
        out.reset();
        assertThat(command.execute(List.of("repair"))).isZero();
        assertThat(out()).isEqualTo("No applied script changed; nothing to repair\n");
        Path a1 = scripts.resolve("a1_create_devices.sql");
        java.nio.file.Files.writeString(a1, java.nio.file.Files.readString(a1).replace("VARCHAR(100)", "VARCHAR(120)"));
        out.reset();
        assertThat(command.execute(List.of("repair"))).isZero();
        assertThat(out()).matches("Accepted the new checksum of a1 \\(.*a1_create_devices.sql\\): \\S+ -> \\S+\n");
    }

    @Test
    void failuresExitWithOne() {
        assertThat(run("downgrade", "zz9")).isEqualTo(1);
        assertThat(err()).startsWith("migrate downgrade failed: ");
        assertThat(out()).isEmpty();
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(err()).startsWith("No verb given.\nUsage: java -jar <app>.jar migrate <verb> [arguments]\n");
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err()).startsWith("Unknown verb 'frobnicate'.\nUsage: ");
        assertThat(run("downgrade")).isEqualTo(2);
        assertThat(err()).startsWith("downgrade needs a target: a revision, -N or base.\nUsage: ");
        assertThat(run("current", "extra")).isEqualTo(2);
        assertThat(err()).startsWith("Unexpected argument extra.\nUsage: ");
        assertThat(run("stamp")).isEqualTo(2);
        assertThat(err()).startsWith("stamp needs at least one revision (or heads, or base).\nUsage: ");
    }

    @Test
    void help() {
        assertThat(run("help")).isZero();
        assertThat(out()).isEqualTo(MigrateCommandLine.USAGE_TEXT);
    }
}
