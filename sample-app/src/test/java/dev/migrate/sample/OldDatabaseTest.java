package dev.migrate.sample;

import static dev.migrate.sample.Revisions.CREATE_DEVICE_LOGS;
import static dev.migrate.sample.Revisions.HEAD;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import dev.migrate.sample.RunningApp.Response;
import dev.migrate.sample.SampleDatabase.Kind;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A database that an older release of the service created (at revision {@link Revisions#CREATE_DEVICE_LOGS},
 * before log levels, last-seen times and deactivation) is brought to the head at startup, its rows intact and
 * backfilled.
 */
class OldDatabaseTest {

    private static final String LOGGED = "11111111-1111-4111-8111-111111111111";
    private static final String SILENT = "22222222-2222-4222-8222-222222222222";

    @ParameterizedTest
    @EnumSource(Kind.class)
    void startupBringsAnOldDatabaseToTheHeadWithItsRows(Kind kind, @TempDir Path folder) throws SQLException {
        try (SampleDatabase database = kind.create(folder)) {
            database.migrator().upgrade(CREATE_DEVICE_LOGS);
            database.execute(
                    "INSERT INTO devices (id, serial_number, name, location, created_at) VALUES "
                            + "('" + LOGGED + "', 'OLD-1', 'Old boiler', 'Basement', '2024-05-01 10:00:00.000'), "
                            + "('" + SILENT + "', 'OLD-2', 'Never logged', NULL, '2024-05-02 10:00:00.000')",
                    "INSERT INTO device_logs (id, device_id, logged_at, message) VALUES "
                            + "('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', '" + LOGGED + "', '2024-05-03 08:00:00.000', 'first'), "
                            + "('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', '" + LOGGED + "', '2024-05-04 09:30:00.000', 'second')");

            try (RunningApp app = RunningApp.start(database)) {
                DocumentContext migrations = app.migrations();
                assertThat(migrations.read("$.startup.summary", String.class))
                        .matches("Migrated from " + CREATE_DEVICE_LOGS + " to " + HEAD + ": 4 revisions in \\d+ ms");
                assertThat(migrations.read("$.current", List.class)).containsExactly(HEAD);
                assertThat(migrations.read("$.history", List.class)).hasSize(7);

                Response devices = app.get("/devices");
                assertThat(devices.<List<String>>read("$[*].serialNumber")).containsExactly("OLD-1", "OLD-2");
                assertThat(devices.<List<String>>read("$[*].name")).containsExactly("Old boiler", "Never logged");
                assertThat(devices.<List<String>>read("$[*].location")).containsExactly("Basement", null);
                assertThat(devices.<List<Boolean>>read("$[*].active")).containsExactly(true, true);
                assertThat(Instant.parse(devices.read("$[0].createdAt"))).isEqualTo("2024-05-01T10:00:00Z");
                assertThat(Instant.parse(devices.read("$[0].lastSeenAt"))).isEqualTo("2024-05-04T09:30:00Z");
                assertThat(devices.<Object>read("$[1].lastSeenAt")).isNull();

                Response logs = app.get("/devices/" + LOGGED + "/logs");
                assertThat(logs.<List<String>>read("$[*].message")).containsExactly("second", "first");
                assertThat(logs.<List<String>>read("$[*].level")).containsExactly("INFO", "INFO");

                assertThat(app.post("/devices/" + SILENT + "/logs", "{\"message\": \"back online\"}").status())
                        .isEqualTo(201);
                assertThat(app.get("/devices/" + SILENT).<String>read("$.lastSeenAt")).isNotNull();
            }
        }
    }
}
