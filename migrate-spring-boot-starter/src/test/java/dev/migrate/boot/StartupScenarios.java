package dev.migrate.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.boot.debugschema.DebugSchema;
import dev.migrate.boot.testapp.Database;
import dev.migrate.boot.testapp.TestApplication;
import dev.migrate.runtime.ChecksumMismatchException;
import dev.migrate.runtime.DatabaseAheadException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Whole applications started as users start them (SpringApplication, auto-configuration, the
 * application's DataSource), once or several times on the same database.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class StartupScenarios {

    private Database database;

    abstract Database createDatabase() throws Exception;

    /** The database first: without a PostgreSQL server the test is skipped here, not failed inside an assertion. */
    @BeforeEach
    void createDatabaseFirst() throws Exception {
        database();
    }

    @AfterEach
    void dropDatabase() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    Database database() throws Exception {
        if (database == null) {
            database = createDatabase();
        }
        return database;
    }

    ConfigurableApplicationContext start(String... properties) throws Exception {
        return start(new Class<?>[] { TestApplication.class }, properties);
    }

    ConfigurableApplicationContext start(Class<?>[] sources, String... properties) throws Exception {
        List<String> all = new ArrayList<>(database().properties());
        all.add("migrate.locations=classpath:db/app");
        all.addAll(List.of(properties));
        return new SpringApplicationBuilder(sources).web(WebApplicationType.NONE)
                .properties(all.toArray(String[]::new)).run();
    }

    private Path copyScripts(Path target) throws IOException {
        for (String file : List.of("a1_create_devices.sql", "b2_add_description.sql", "c3_create_readings.sql")) {
            try (InputStream in = getClass().getResourceAsStream("/db/app/" + file)) {
                Files.copy(in, target.resolve(file));
            }
        }
        return target;
    }

    private static void editScript(Path script) throws IOException {
        Files.writeString(script, Files.readString(script).replace("VARCHAR(100)", "VARCHAR(120)"));
    }

    @Test
    void freshDatabaseIsMigratedAtStartup(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            StartupMigration startup = app.getBean(StartupMigration.class);
            assertThat(startup.phase()).isEqualTo(StartupMigration.Phase.DONE);
            assertThat(startup.summary()).get().asString().matches("Migrated from base to c3: 3 revisions in \\d+ ms");
            assertThat(output).contains(startup.summary().get());
        }
        assertThat(database().tables()).contains("devices", "readings", "migrate_version", "migrate_history");
        assertThat(database().query("SELECT version_num FROM migrate_version"))
                .containsExactly(Map.of("version_num", "c3"));
    }

    @Test
    void restartDoesNothingAndSaysSo(CapturedOutput output) throws Exception {
        start().close();
        try (ConfigurableApplicationContext app = start()) {
            assertThat(app.getBean(StartupMigration.class).summary())
                    .contains("Database at head c3; nothing to migrate");
        }
        assertThat(output).containsOnlyOnce("Database at head c3; nothing to migrate");
    }

    @Test
    void databaseTwoRevisionsBehindIsBroughtToHead(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext app = start("migrate.target=a1")) {
            assertThat(app.getBean(StartupMigration.class).summary().get())
                    .matches("Migrated from base to a1: 1 revision in \\d+ ms");
        }
        assertThat(database().tables()).contains("devices").doesNotContain("readings");
        try (ConfigurableApplicationContext app = start()) {
            assertThat(app.getBean(StartupMigration.class).summary().get())
                    .matches("Migrated from a1 to c3: 2 revisions in \\d+ ms");
        }
        assertThat(database().tables()).contains("devices", "readings");
    }

    @Test
    void failingMigrationStopsTheApplicationWithTheAnalyzersReport(CapturedOutput output) throws Exception {
        assertThatThrownBy(() -> start("migrate.locations=classpath:db/failing"))
                .hasRootCauseInstanceOf(java.sql.SQLException.class);
        String file = "classpath:db/failing/b2_break_things.sql";
        assertThat(output).contains("APPLICATION FAILED TO START").contains("""
                Description:

                Migrate could not apply revision b2 (break things) from %s.

                The statement at %s, line 7 failed:

                    ALTER TABLE no_such_table ADD COLUMN note VARCHAR(20)

                The database said: """.formatted(file, file))
                .contains("""

                The step was rolled back; the database is still at a1.

                Action:

                Fix the statement in %s (or the database it expects), then start the application again: \
                Migrate resumes from a1.
                """.formatted(file));
        assertThat(database().query("SELECT version_num FROM migrate_version"))
                .containsExactly(Map.of("version_num", "a1"));
    }

    @Test
    void validateFailsWhileRevisionsArePending(CapturedOutput output) throws Exception {
        start("migrate.target=a1").close();
        assertThatThrownBy(() -> start("migrate.startup=validate"))
                .isInstanceOf(dev.migrate.boot.autoconfigure.MigrateStartupException.class);
        assertThat(output).contains("Validation failed (migrate.startup=validate): 2 revisions are not applied to the "
                + "database (at a1): b2 (add description), c3 (create readings).")
                .contains("Apply them with 'java -jar <app>.jar migrate upgrade' or the migrate command line, or "
                        + "start once with migrate.startup=upgrade.");
    }

    @Test
    void validateFailsWhenAnAppliedScriptChanged(CapturedOutput output, @TempDir Path scripts) throws Exception {
        String location = "migrate.locations=filesystem:" + copyScripts(scripts);
        start(location).close();
        editScript(scripts.resolve("a1_create_devices.sql"));
        assertThatThrownBy(() -> start(location, "migrate.startup=validate"))
                .isInstanceOf(dev.migrate.boot.autoconfigure.MigrateStartupException.class);
        assertThat(output).containsPattern("Validation failed \\(migrate.startup=validate\\): the script of an applied "
                + "revision changed since it was applied: a1 \\(\\S*a1_create_devices.sql\\).")
                .contains("Restore the applied scripts as they were (a new change belongs in a new revision), or, when "
                        + "the change is harmless, accept the new checksums with 'migrate repair' "
                        + "(Migrator.repairChecksums()).");
    }

    @Test
    void upgradeRefusesAChangedAppliedScript(CapturedOutput output, @TempDir Path scripts) throws Exception {
        String location = "migrate.locations=filesystem:" + copyScripts(scripts);
        start(location, "migrate.target=b2").close();
        editScript(scripts.resolve("a1_create_devices.sql"));
        assertThatThrownBy(() -> start(location)).isInstanceOf(ChecksumMismatchException.class);
        assertThat(output).contains("APPLICATION FAILED TO START").contains("Action:\n\nRestore the applied scripts");
        assertThat(database().tables()).doesNotContain("readings");
    }

    @Test
    void databaseAheadOfTheCodeStopsTheApplication(CapturedOutput output) throws Exception {
        start().close();
        database().execute("UPDATE migrate_version SET version_num = 'd4'");
        assertThatThrownBy(() -> start()).isInstanceOf(DatabaseAheadException.class);
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("Deploy the code that has d4, or downgrade the database with that code first.");
    }

    @Test
    void validatePassesAtHead() throws Exception {
        start().close();
        try (ConfigurableApplicationContext app = start("migrate.startup=validate")) {
            assertThat(app.getBean(StartupMigration.class).summary())
                    .contains("Database at c3; validated: nothing pending, no script changed");
        }
    }

    @Test
    void initializerModeMigratesDuringTheRefresh() throws Exception {
        try (ConfigurableApplicationContext app = start("migrate.startup=initializer")) {
            assertThat(app.getBean(StartupMigration.class).summary().get())
                    .matches("Migrated from base to c3: 3 revisions in \\d+ ms");
        }
    }

    @Test
    void debugModeCreatesSeedsAndStamps(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext app = start(new Class<?>[] { TestApplication.class, DebugSchema.class },
                "app.debug=true")) {
            StartupMigration startup = app.getBean(StartupMigration.class);
            assertThat(startup.mode()).isEqualTo(StartupMigration.Mode.DEBUG);
            assertThat(startup.summary()).contains("Debug mode: created tables devices, readings; loaded 2 seed "
                    + "scripts and 2 seeders; stamped the database at c3");
        }
        assertThat(database().query("SELECT id, name FROM devices ORDER BY id")).containsExactly(
                Map.of("id", "1", "name", "thermometer"), Map.of("id", "2", "name", "barometer"));
        assertThat(database().query("SELECT id FROM readings ORDER BY id")).extracting(r -> r.get("id"))
                .containsExactly("1", "2", "3");
        assertThat(database().query("SELECT version_num FROM migrate_version"))
                .containsExactly(Map.of("version_num", "c3"));
        try (ConfigurableApplicationContext app = start()) {
            assertThat(app.getBean(StartupMigration.class).summary())
                    .contains("Database at head c3; nothing to migrate");
        }
    }

    @Test
    void debugModeRestartKeepsTheData() throws Exception {
        Class<?>[] sources = { TestApplication.class, DebugSchema.class };
        start(sources, "app.debug=true").close();
        database().execute("INSERT INTO devices (id, name) VALUES (9, 'added by hand')");
        try (ConfigurableApplicationContext app = start(sources, "app.debug=true")) {
            assertThat(app.getBean(StartupMigration.class).summary())
                    .contains("Debug mode: every declared table exists (devices, readings); no seed data loaded; "
                            + "the database is at c3");
        }
        assertThat(database().query("SELECT id FROM devices ORDER BY id")).extracting(r -> r.get("id"))
                .containsExactly("1", "2", "9");
    }

    @Test
    void debugModeWarnsWhenTheDatabaseDiffersFromTheDeclaration(CapturedOutput output) throws Exception {
        Class<?>[] sources = { TestApplication.class, DebugSchema.class };
        start(sources, "app.debug=true").close();
        database().execute("ALTER TABLE devices ADD COLUMN extra INTEGER");
        try (ConfigurableApplicationContext app = start(sources, "app.debug=true")) {
            assertThat(app.getBean(StartupMigration.class).summary()).contains("Debug mode: every declared table "
                    + "exists (devices, readings); no seed data loaded; the database is at c3; the database differs "
                    + "from the declared schema (see the warning above)");
        }
        assertThat(output).contains("Debug mode: the database differs from the declared schema (the MetaData bean), "
                + "and debug mode only creates missing tables:\n"
                + "1 difference between the declared schema and the database:\n"
                + "  - removed column 'devices.extra'\n")
                .contains("To follow the declaration, start once with migrate.debug.reset=true (drops and creates "
                        + "the declared tables again: their data is lost, seed data is loaded), or write a migration "
                        + "for the change (autogenerate writes one from the MetaData) and run it.");
    }

    @Test
    void debugModeResetRecreatesAndSeeds() throws Exception {
        Class<?>[] sources = { TestApplication.class, DebugSchema.class };
        start(sources, "app.debug=true").close();
        database().execute("INSERT INTO devices (id, name) VALUES (9, 'added by hand')");
        try (ConfigurableApplicationContext app = start(sources, "app.debug=true", "migrate.debug.reset=true")) {
            assertThat(app.getBean(StartupMigration.class).summary()).contains("Debug mode: dropped and created "
                    + "tables devices, readings; loaded 2 seed scripts and 2 seeders; the database is at c3");
        }
        assertThat(database().query("SELECT id FROM devices ORDER BY id")).extracting(r -> r.get("id"))
                .containsExactly("1", "2");
    }

    @Test
    void debugModeWithoutMetaDataSaysSoAndMigrates(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext app = start("app.debug=true")) {
            assertThat(app.getBean(StartupMigration.class).mode()).isEqualTo(StartupMigration.Mode.MIGRATE);
        }
        assertThat(output).contains("app.debug=true, but the application declares no dev.migrate.schema.MetaData "
                + "bean (or several): debug mode creates the tables from it. Migrating with the scripts in "
                + "classpath:db/app instead. Declare one @Bean MetaData to use debug mode, or set app.debug=false.");
        assertThat(database().tables()).contains("devices", "readings");
    }
}
