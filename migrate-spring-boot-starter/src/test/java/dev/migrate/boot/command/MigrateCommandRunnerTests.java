package dev.migrate.boot.command;

import static dev.migrate.schema.SqlType.INTEGER;
import static dev.migrate.schema.SqlType.REAL;
import static dev.migrate.schema.SqlType.VARCHAR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.command.Migrator;
import dev.migrate.schema.MetaData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.DefaultApplicationArguments;

/** The runner in-process: the command line's verbs on the application's Migrator and MetaData. */
class MigrateCommandRunnerTests {

    /** The schema of db/app's scripts. */
    static final MetaData DECLARED = MetaData.builder()
            .table("devices", t -> t
                    .column("id", INTEGER, c -> c.primaryKey())
                    .column("name", VARCHAR(100), c -> c.notNull())
                    .column("description", VARCHAR(200)))
            .table("readings", t -> t
                    .column("id", INTEGER, c -> c.primaryKey())
                    .column("device_id", INTEGER, c -> c.notNull().references("devices", "id"))
                    .column("celsius", REAL, c -> c.notNull()))
            .build();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<Integer> exits = new ArrayList<>();

    private int run(Migrator migrator, MetaData metaData, String... args) {
        out.reset();
        err.reset();
        new MigrateCommandRunner(migrator, () -> metaData, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), exits::add)
                .run(new DefaultApplicationArguments(args));
        assertThat(exits).as("exited once").hasSize(1);
        return exits.remove(0);
    }

    private int run(String... args) {
        return run(Migrator.builder().url("jdbc:sqlite:" + dir.resolve("app.db")).locations("classpath:db/app")
                .build(), DECLARED, args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void otherArgumentsDoNothing() {
        new MigrateCommandRunner(Migrator.builder().build(), () -> null, System.out, System.err, exits::add)
                .run(new DefaultApplicationArguments("upgrade"));
        assertThat(exits).isEmpty();
    }

    @Test
    void upgradeCurrentDowngradeWithSpringPropertiesLeftOut() {
        assertThat(run("migrate", "upgrade", "b2", "--spring.main.banner-mode=off")).isZero();
        assertThat(out()).matches("""
                Running upgrade <base> -> a1, create devices
                Running upgrade a1 -> b2, add description
                Upgraded to b2 in 2 steps \\(\\d+ ms\\)
                """);
        assertThat(run("migrate", "current")).isZero();
        assertThat(out()).isEqualTo("b2\n");
        assertThat(run("migrate", "upgrade", "heads")).isZero();
        assertThat(run("migrate", "heads")).isZero();
        assertThat(out()).isEqualTo("c3 (telemetry) (head)\n");
        assertThat(run("migrate", "downgrade", "-1")).isZero();
        assertThat(out()).matches("Running downgrade c3 -> b2, create readings\nDowngraded to b2 in 1 step \\(\\d+ ms\\)\n");
        assertThat(run("migrate", "stamp", "--purge", "heads")).isZero();
        assertThat(out()).startsWith("Stamped c3");
    }

    @Test
    void checkAndAutogenerateSeeTheApplicationsSchema() throws Exception {
        Path scripts = Files.createDirectories(dir.resolve("migrations"));
        Migrator migrator = Migrator.builder().url("jdbc:sqlite:" + dir.resolve("app.db"))
                .locations("filesystem:" + scripts).build();
        assertThat(run(migrator, DECLARED, "migrate", "check")).isEqualTo(1);
        assertThat(out()).startsWith("2 differences between the declared schema and the database:\n"
                + "  - added table 'devices'\n  - added table 'readings'\n");
        assertThat(run(migrator, DECLARED, "migrate", "revision", "--autogenerate", "-m", "create tables",
                "--rev-id", "a1")).isZero();
        assertThat(out()).startsWith("Detected added table 'devices'\nDetected added table 'readings'\nGenerating ")
                .endsWith("a1_create_tables.sql ... done\n");
        assertThat(scripts.resolve("a1_create_tables.sql")).exists();
        assertThat(run(migrator, DECLARED, "migrate", "upgrade", "heads")).isZero();
        assertThat(run(migrator, DECLARED, "migrate", "check")).isZero();
        assertThat(out()).isEqualTo("No changes detected\n");
    }

    @Test
    void failuresExitWithOneAndUsageErrorsWithTwo() {
        assertThat(run("migrate", "downgrade", "zz9")).isEqualTo(2);
        assertThat(err()).startsWith("migrate: error: ");
        assertThat(run("migrate", "frobnicate")).isEqualTo(2);
        assertThat(err()).startsWith("migrate: error: Unmatched argument at index 0: 'frobnicate'");
        assertThat(run("migrate", "--url", "jdbc:sqlite:x.db", "current")).isEqualTo(2);
        assertThat(err()).startsWith("migrate: error: --url is not used when the application runs the verb");
        assertThat(run(Migrator.builder().url("jdbc:sqlite:" + dir.resolve("app.db")).locations("classpath:db/failing")
                .build(), null, "migrate", "upgrade", "heads")).isEqualTo(1);
        assertThat(err()).startsWith("migrate: error: ");
        assertThat(run(Migrator.builder().url("jdbc:sqlite:" + dir.resolve("app.db")).locations("classpath:db/app")
                .build(), null, "migrate", "check")).isEqualTo(2);
        assertThat(err()).startsWith("migrate: error: 'check' compares the declared schema with the database, and "
                + "none is given: declare a MetaData @Bean in the application");
    }

    @Test
    void helpListsEveryVerb() {
        assertThat(run("migrate", "--help")).isZero();
        assertThat(out()).contains("upgrade", "downgrade", "revision", "check", "history", "stamp", "repair");
        assertThat(run("migrate")).isZero();
        assertThat(out()).startsWith("Usage: migrate ");
    }

    @Test
    void springPropertiesHaveADottedName() {
        assertThat(MigrateCommandRunner.isProperty("--migrate.locations=classpath:db/app")).isTrue();
        assertThat(MigrateCommandRunner.isProperty("--server.port=0")).isTrue();
        assertThat(MigrateCommandRunner.isProperty("--format=java")).isFalse();
        assertThat(MigrateCommandRunner.isProperty("--include-tables=a.b")).isFalse();
        assertThat(MigrateCommandRunner.isProperty("-m")).isFalse();
    }
}
