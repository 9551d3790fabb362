package dev.migrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.boot.actuate.MigrationsEndpoint;
import dev.migrate.reliability.app.WebStarterApp;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Actuator endpoint and the health of Migrate show no credentials and no URL with a password, whether the
 * password sits in the data source URL, in {@code spring.datasource.password}, or in Migrate's own
 * {@code migrate.url} and {@code migrate.password}; and the endpoint has no operation that writes. (The test server
 * trusts local connections, so the passwords are accepted whatever they are.)
 */
class ActuatorSecurityTest {

    private static final List<String> SECRETS = List.of("UrlSecret-A", "PropSecret-B", "MigUrlSecret-C",
            "MigPropSecret-D");

    @TempDir
    Path dir;

    @Test
    void theEndpointHasOnlyReadOperations() {
        List<Method> writes = Arrays.stream(MigrationsEndpoint.class.getMethods())
                .filter(m -> m.isAnnotationPresent(WriteOperation.class) || m.isAnnotationPresent(DeleteOperation.class))
                .toList();
        assertThat(writes).isEmpty();
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void passwordsOfTheApplicationDataSource() throws Exception {
        try (Db db = Db.postgres()) {
            check(db, Map.of("spring.datasource.url", db.url() + "&password=UrlSecret-A",
                    "spring.datasource.password", "PropSecret-B"));
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void passwordsOfMigratesOwnConnection() throws Exception {
        try (Db db = Db.postgres(); Db other = Db.postgres()) {
            check(db, Map.of("spring.datasource.url", other.url(),
                    "migrate.url", db.url() + "&password=MigUrlSecret-C", "migrate.user", "postgres",
                    "migrate.password", "MigPropSecret-D"));
        }
    }

    private void check(Db db, Map<String, Object> connection) throws Exception {
        Path migrations = Chain.recording(dir.resolve("migrations"), 3, "");
        Map<String, Object> properties = new java.util.HashMap<>(connection);
        properties.put("migrate.locations", "filesystem:" + migrations);
        properties.put("server.port", "0");
        properties.put("spring.main.banner-mode", "off");
        properties.put("management.endpoints.web.exposure.include", "health,migrations");
        properties.put("management.endpoint.health.show-details", "always");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WebStarterApp.class)
                .properties(properties).run()) {
            String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
            HttpClient http = HttpClient.newHttpClient();
            for (String path : List.of("/actuator", "/actuator/migrations", "/actuator/migrations/r001",
                    "/actuator/health", "/actuator/health/migrations")) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
                for (String secret : SECRETS) {
                    assertThat(response.body()).as(path).doesNotContain(secret);
                }
                assertThat(response.body().replace("password=****", "")).as(path + ": a password left unmasked")
                        .doesNotContainIgnoringCase("password=");
            }
            assertThat(get(http, base + "/actuator/migrations")).contains("\"current\":[\"r003\"]");
            for (String method : List.of("POST", "PUT", "DELETE")) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base
                        + "/actuator/migrations")).method(method, HttpRequest.BodyPublishers.ofString("{}"))
                        .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(method + " /actuator/migrations").isEqualTo(405);
            }
            assertThat(db.versionRows()).containsExactly("r003");
        }
    }

    private static String get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
