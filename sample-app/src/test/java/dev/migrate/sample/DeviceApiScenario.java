package dev.migrate.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.sample.RunningApp.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The device API used as a client would: every endpoint, and its answers to bad requests. */
final class DeviceApiScenario {

    private static final String PROBLEM = "application/problem+json";

    private DeviceApiScenario() {
    }

    /** Runs the scenario on an application whose database has no devices; returns the id of the device TH-1001. */
    static String run(RunningApp app) {
        assertThat(app.get("/devices").<List<Object>>read("$")).isEmpty();

        Response created = app.post("/devices",
                "{\"serialNumber\": \"TH-1001\", \"name\": \"Boiler room\", \"location\": \"Basement\"}");
        assertThat(created.status()).isEqualTo(201);
        String id = created.read("$.id");
        assertThat(created.location()).isEqualTo("/devices/" + id);
        assertThat(created.<String>read("$.serialNumber")).isEqualTo("TH-1001");
        assertThat(created.<String>read("$.location")).isEqualTo("Basement");
        assertThat(created.<Boolean>read("$.active")).isTrue();
        assertThat(created.<Object>read("$.lastSeenAt")).isNull();
        Instant createdAt = Instant.parse(created.read("$.createdAt"));

        Response second = app.post("/devices", "{\"serialNumber\": \"TH-1002\", \"name\": \"Attic\"}");
        assertThat(second.status()).isEqualTo(201);
        String secondId = second.read("$.id");
        assertThat(second.<Object>read("$.location")).isNull();

        Response taken = app.post("/devices", "{\"serialNumber\": \"TH-1001\", \"name\": \"Another\"}");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.contentType()).isEqualTo(PROBLEM);
        assertThat(taken.<String>read("$.title")).isEqualTo("Serial number taken");
        assertThat(taken.<String>read("$.detail")).isEqualTo("A device with the serial number TH-1001 exists already.");

        Response invalid = app.post("/devices", "{\"serialNumber\": \"TH 1003\", \"name\": \" \"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.contentType()).isEqualTo(PROBLEM);
        assertThat(invalid.<String>read("$.detail")).isEqualTo("2 fields are invalid.");
        assertThat(invalid.<List<Map<String, String>>>read("$.errors")).containsExactly(
                Map.of("field", "name", "message", "must not be blank"),
                Map.of("field", "serialNumber", "message", "must contain only letters, digits and dashes"));

        Response unreadable = app.post("/devices", "{\"serialNumber\": ");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.contentType()).isEqualTo(PROBLEM);

        assertThat(app.get("/devices").<List<String>>read("$[*].serialNumber")).containsExactly("TH-1001", "TH-1002");
        assertThat(app.get("/devices/" + id).<String>read("$.name")).isEqualTo("Boiler room");

        Response unknown = app.get("/devices/00000000-0000-0000-0000-000000000000");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).isEqualTo(PROBLEM);
        assertThat(unknown.<String>read("$.title")).isEqualTo("Device not found");
        assertThat(unknown.<String>read("$.detail"))
                .isEqualTo("No device has the id 00000000-0000-0000-0000-000000000000.");
        assertThat(app.get("/devices/00000000-0000-0000-0000-000000000000/logs").status()).isEqualTo(404);
        assertThat(app.post("/devices/00000000-0000-0000-0000-000000000000/logs", "{\"message\": \"hi\"}").status())
                .isEqualTo(404);
        assertThat(app.get("/devices/not-a-uuid").status()).isEqualTo(400);

        Response first = app.post("/devices/" + id + "/logs", "{\"message\": \"started, 21.5 C\"}");
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.<String>read("$.level")).isEqualTo("INFO");
        assertThat(first.<String>read("$.deviceId")).isEqualTo(id);
        Response warning = app.post("/devices/" + id + "/logs",
                "{\"level\": \"WARN\", \"message\": \"temperature above 60 C\"}");
        assertThat(warning.status()).isEqualTo(201);
        Instant loggedAt = Instant.parse(warning.read("$.loggedAt"));
        assertThat(loggedAt).isAfterOrEqualTo(createdAt);

        Response badLevel = app.post("/devices/" + id + "/logs", "{\"level\": \"LOUD\", \"message\": \"\"}");
        assertThat(badLevel.status()).isEqualTo(400);
        assertThat(badLevel.<List<Map<String, String>>>read("$.errors")).containsExactly(
                Map.of("field", "level", "message", "must be one of DEBUG, INFO, WARN, ERROR"),
                Map.of("field", "message", "message", "must not be blank"));

        Response logs = app.get("/devices/" + id + "/logs");
        assertThat(logs.<List<String>>read("$[*].message")).containsExactly("temperature above 60 C", "started, 21.5 C");
        assertThat(app.get("/devices/" + id + "/logs?limit=1").<List<String>>read("$[*].level")).containsExactly("WARN");
        Response badLimit = app.get("/devices/" + id + "/logs?limit=0");
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.<List<Map<String, String>>>read("$.errors"))
                .containsExactly(Map.of("field", "limit", "message", "must be greater than or equal to 1"));
        assertThat(Instant.parse(app.get("/devices/" + id).read("$.lastSeenAt"))).isEqualTo(loggedAt);

        Response deactivated = app.post("/devices/" + secondId + "/deactivate");
        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.<Boolean>read("$.active")).isFalse();
        String deactivatedAt = deactivated.read("$.deactivatedAt");
        assertThat(app.post("/devices/" + secondId + "/deactivate").<String>read("$.deactivatedAt"))
                .as("a second deactivation keeps the first time").isEqualTo(deactivatedAt);
        Response refused = app.post("/devices/" + secondId + "/logs", "{\"message\": \"still here\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.<String>read("$.title")).isEqualTo("Device deactivated");
        assertThat(refused.<String>read("$.detail")).isEqualTo("The device " + secondId + " was deactivated at "
                + deactivatedAt + " and accepts no more log lines.");
        assertThat(app.get("/devices").<List<Boolean>>read("$[*].active")).containsExactly(true, false);
        return id;
    }
}
