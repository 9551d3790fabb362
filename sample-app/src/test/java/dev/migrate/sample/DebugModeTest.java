package dev.migrate.sample;

import static dev.migrate.sample.Revisions.HEAD;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import dev.migrate.sample.SampleDatabase.Kind;
import dev.migrate.sample.database.SampleSchema;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Debug mode (the {@code dev} profile) creates the declared tables, loads db/seed/ and stamps the database at
 * the head; a later start in production mode finds nothing to do.
 */
class DebugModeTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void debugModeCreatesSeedsAndStampsThenProductionModeFindsNothingToDo(Kind kind, @TempDir Path folder) {
        try (SampleDatabase database = kind.create(folder)) {
            try (RunningApp app = RunningApp.start(database, List.of("dev"))) {
                DocumentContext migrations = app.migrations();
                assertThat(migrations.read("$.mode", String.class)).isEqualTo("debug");
                assertThat(migrations.read("$.startup.phase", String.class)).isEqualTo("done");
                assertThat(migrations.read("$.startup.summary", String.class)).isEqualTo("Debug mode: created tables "
                        + "devices, device_logs; loaded 2 seed scripts and 0 seeders; stamped the database at " + HEAD);
                assertThat(migrations.read("$.current", List.class)).containsExactly(HEAD);
                assertThat(migrations.read("$.history[*].direction", List.class)).containsExactly("stamp");

                assertThat(app.get("/devices").<List<String>>read("$[*].serialNumber"))
                        .containsExactly("GW-0007", "TH-1001", "TH-1002");
                assertThat(app.get("/devices").<List<Boolean>>read("$[*].active")).containsExactly(false, true, true);
                assertThat(app.get("/devices/3f0e6c1a-5b2d-4c8e-9a71-0d2f4b6e8c10/logs").<List<String>>read(
                        "$[*].level")).containsExactly("WARN", "INFO");
            }
            assertThat(SchemaCheck.report(database, SampleSchema.metaData()))
                    .as("the tables debug mode created are the ones the migrations build")
                    .isEqualTo("No changes detected");

            try (RunningApp app = RunningApp.start(database)) {
                DocumentContext migrations = app.migrations();
                assertThat(migrations.read("$.mode", String.class)).isEqualTo("migrate");
                assertThat(migrations.read("$.startup.summary", String.class))
                        .isEqualTo("Database at head " + HEAD + "; nothing to migrate");
                assertThat(migrations.read("$.history", List.class)).hasSize(1);
                assertThat(app.get("/devices").<List<Object>>read("$")).hasSize(3);
            }
        }
    }
}
