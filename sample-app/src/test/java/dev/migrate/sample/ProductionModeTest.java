package dev.migrate.sample;

import static dev.migrate.sample.Revisions.ALL;
import static dev.migrate.sample.Revisions.CREATE_DEVICES;
import static dev.migrate.sample.Revisions.HEAD;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import dev.migrate.sample.SampleDatabase.Kind;
import dev.migrate.sample.RunningApp.Response;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sample started in production mode over HTTP, on SQLite and on PostgreSQL: it migrates an empty
 * database to the head, serves its API, and a restart finds nothing to do.
 */
class ProductionModeTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void migratesAnEmptyDatabaseServesTheApiAndARestartFindsNothingToDo(Kind kind, @TempDir Path folder) {
        try (SampleDatabase database = kind.create(folder)) {
            String deviceId;
            try (RunningApp app = RunningApp.start(database)) {
                DocumentContext migrations = app.migrations();
                assertThat(migrations.read("$.mode", String.class)).isEqualTo("migrate");
                assertThat(migrations.read("$.startup.phase", String.class)).isEqualTo("done");
                assertThat(migrations.read("$.startup.summary", String.class))
                        .matches("Migrated from base to " + HEAD + ": 7 revisions in \\d+ ms");
                assertThat(migrations.read("$.current", List.class)).containsExactly(HEAD);
                assertThat(migrations.read("$.heads", List.class)).containsExactly(HEAD);
                assertThat(migrations.read("$.upToDate", Boolean.class)).isTrue();
                assertThat(migrations.read("$.pending", List.class)).isEmpty();
                List<String> revisions = migrations.read("$.revisions[*].id");
                assertThat(revisions).containsExactlyInAnyOrderElementsOf(ALL).startsWith(HEAD).endsWith(CREATE_DEVICES);
                assertThat(migrations.read("$.revisions[0].state", String.class)).isEqualTo("current");
                assertThat(migrations.read("$.revisions[1:].state", List.class)).containsOnly("applied");
                assertThat(migrations.read("$.history[*].direction", List.class)).hasSize(7).containsOnly("upgrade");
                assertThat(migrations.read("$.history[0].revision", String.class)).isEqualTo(HEAD);
                assertThat(migrations.read("$.history[6].revision", String.class)).isEqualTo(CREATE_DEVICES);

                Response health = app.get("/actuator/health");
                assertThat(health.status()).isEqualTo(200);
                assertThat(health.<String>read("$.components.migrations.status")).isEqualTo("UP");
                assertThat(health.<List<String>>read("$.components.migrations.details.current")).containsExactly(HEAD);

                deviceId = DeviceApiScenario.run(app);
            }
            if (kind == Kind.SQLITE) {
                assertThat(folder.resolve("data").resolve("sample.db")).as("the folder was created").exists();
            }

            try (RunningApp app = RunningApp.start(database)) {
                DocumentContext migrations = app.migrations();
                assertThat(migrations.read("$.startup.summary", String.class))
                        .isEqualTo("Database at head " + HEAD + "; nothing to migrate");
                assertThat(migrations.read("$.history", List.class)).hasSize(7);
                Response device = app.get("/devices/" + deviceId);
                assertThat(device.status()).isEqualTo(200);
                assertThat(device.<String>read("$.serialNumber")).isEqualTo("TH-1001");
                assertThat(app.get("/devices/" + deviceId + "/logs").<List<Map<String, Object>>>read("$"))
                        .hasSize(2);
            }
        }
    }
}
