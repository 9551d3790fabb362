package dev.migrate.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import dev.migrate.boot.probe.ProbeDuringMigration;
import dev.migrate.boot.probe.ProbeDuringMigration.Answer;
import dev.migrate.boot.testapp.TestApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A web application on a real server: what clients see during the startup migration, and the
 * {@code migrations} endpoint and health indicator over HTTP afterwards.
 */
@SpringBootTest(classes = { TestApplication.class, ProbeDuringMigration.class },
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "migrate.locations=classpath:db/app", "management.endpoints.web.exposure.include=health,migrations",
                "management.endpoint.health.show-details=always", "migrate.web.retry-after=9s" })
@DirtiesContext
abstract class HttpScenarios {

    @LocalServerPort
    int port;

    @Autowired
    ProbeDuringMigration probe;

    @Autowired
    ApplicationAvailability availability;

    /** What the endpoint shows as the database. */
    abstract String expectedDatabase();

    /** Who the history says ran the migration ({@code null} on SQLite, which has no users). */
    abstract String expectedUser();

    @Test
    void requestsGet503WithRetryAfterWhileTheDatabaseMigrates() {
        assertThat(probe.seen()).hasSize(1);
        ProbeDuringMigration.Seen seen = probe.seen().get(0);
        assertThat(seen.readiness()).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
        assertThat(seen.answers().get(0)).isEqualTo(new Answer("/hello", 503, "9",
                "The database is being migrated; retry later.\n"));
        Answer health = seen.answers().get(1);
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.retryAfter()).isNull();
        assertThat((String) JsonPath.read(health.body(), "$.status")).isEqualTo("OUT_OF_SERVICE");
        assertThat((String) JsonPath.read(health.body(), "$.details.reason"))
                .isEqualTo("the database is being migrated at startup");
    }

    @Test
    void requestsPassOnceMigratedAndTheApplicationIsReady() throws Exception {
        assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        HttpResponse<String> response = get("/hello");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("hello");
    }

    @Test
    void migrationsEndpoint() throws Exception {
        HttpResponse<String> response = get("/actuator/migrations");
        assertThat(response.statusCode()).isEqualTo(200);
        DocumentContext json = JsonPath.parse(response.body());
        Map<String, Object> root = json.read("$");
        assertThat(root).containsOnlyKeys("mode", "startup", "database", "versionTable", "current", "heads",
                "upToDate", "pending", "revisions", "history");
        assertThat(json.read("$.mode", String.class)).isEqualTo("migrate");
        assertThat(json.read("$.startup.phase", String.class)).isEqualTo("done");
        assertThat(json.read("$.startup.summary", String.class)).matches("Migrated from base to c3: 3 revisions in \\d+ ms");
        assertThat(json.read("$.database", String.class)).isEqualTo(expectedDatabase());
        assertThat(json.read("$.versionTable", String.class)).isEqualTo("migrate_version");
        assertThat(json.read("$.current", List.class)).containsExactly("c3");
        assertThat(json.read("$.heads", List.class)).containsExactly("c3");
        assertThat(json.read("$.upToDate", Boolean.class)).isTrue();
        assertThat(json.read("$.pending", List.class)).isEmpty();

        List<Map<String, Object>> revisions = json.read("$.revisions");
        assertThat(revisions).extracting(r -> r.get("id")).containsExactly("c3", "b2", "a1");
        Map<String, Object> c3 = revisions.get(0);
        assertThat(c3).containsOnlyKeys("id", "downRevisions", "message", "branchLabels", "state", "source");
        assertThat(c3).containsEntry("downRevisions", List.of("b2")).containsEntry("message", "create readings")
                .containsEntry("branchLabels", List.of("telemetry")).containsEntry("state", "current");
        assertThat((String) c3.get("source")).endsWith("c3_create_readings.sql");
        assertThat(revisions.get(1)).containsEntry("state", "applied").containsEntry("downRevisions", List.of("a1"))
                .containsEntry("branchLabels", List.of());
        assertThat(revisions.get(2)).containsEntry("state", "applied").containsEntry("downRevisions", List.of());

        List<Map<String, Object>> history = json.read("$.history");
        assertThat(history).hasSize(3);
        Map<String, Object> last = history.get(0);
        // null fields (no error; no user on SQLite) are left out, as Actuator's JSON leaves them out
        assertThat(last).containsKeys("id", "direction", "revision", "from", "to", "startedAt", "durationMs",
                "success", "host").doesNotContainKey("error");
        assertThat(List.of("id", "direction", "revision", "from", "to", "startedAt", "durationMs", "success", "user",
                "host", "error")).containsAll(last.keySet());
        assertThat(last).containsEntry("direction", "upgrade").containsEntry("revision", "c3")
                .containsEntry("from", List.of("b2")).containsEntry("to", List.of("c3"))
                .containsEntry("success", true);
        assertThat(last.get("user")).isEqualTo(expectedUser());
        assertThat(Instant.parse((String) last.get("startedAt"))).isBefore(Instant.now());
        assertThat(((Number) last.get("durationMs")).longValue()).isNotNegative();
        assertThat((String) last.get("host")).isNotBlank();
        assertThat(history).extracting(h -> h.get("revision")).containsExactly("c3", "b2", "a1");
        assertThat(history.get(2)).containsEntry("from", List.of()).containsEntry("to", List.of("a1"));
    }

    @Test
    void migrationsEndpointSelectsOneRevision() throws Exception {
        HttpResponse<String> response = get("/actuator/migrations/b2");
        assertThat(response.statusCode()).isEqualTo(200);
        DocumentContext json = JsonPath.parse(response.body());
        Map<String, Object> b2 = json.read("$");
        assertThat(b2).containsOnlyKeys("id", "downRevisions", "nextRevisions", "message", "branchLabels",
                "dependsOn", "state", "source", "transactional", "checksum", "appliedChecksum", "history");
        assertThat(b2).containsEntry("id", "b2").containsEntry("downRevisions", List.of("a1"))
                .containsEntry("nextRevisions", List.of("c3")).containsEntry("message", "add description")
                .containsEntry("state", "applied").containsEntry("transactional", true)
                .containsEntry("dependsOn", List.of());
        assertThat((String) b2.get("checksum")).isNotBlank().isEqualTo(b2.get("appliedChecksum"));
        assertThat(json.read("$.history[*].direction", List.class)).containsExactly("upgrade");
    }

    @Test
    void migrationsEndpointAnswers404ForAnUnknownRevision() throws Exception {
        assertThat(get("/actuator/migrations/zz9").statusCode()).isEqualTo(404);
    }

    @Test
    void healthIsUpAtHead() throws Exception {
        HttpResponse<String> response = get("/actuator/health/migrations");
        assertThat(response.statusCode()).isEqualTo(200);
        DocumentContext json = JsonPath.parse(response.body());
        assertThat(json.read("$.status", String.class)).isEqualTo("UP");
        assertThat(json.read("$.details", Map.class)).isEqualTo(Map.of("mode", "migrate", "current", List.of("c3"),
                "heads", List.of("c3"), "pending", List.of()));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
