package dev.migrate.boot.probe;

import dev.migrate.runtime.MigrationEvent;
import dev.migrate.runtime.MigrationListener;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * While the first revision of the startup migration runs, asks the application's own web server for
 * a page and for the health, and notes the readiness state: what clients see during a migration.
 */
@Configuration(proxyBeanMethods = false)
public class ProbeDuringMigration {

    /** What was seen during the migration. */
    public record Seen(ReadinessState readiness, List<Answer> answers) {
    }

    /** An HTTP answer. */
    public record Answer(String path, int status, String retryAfter, String body) {
    }

    private final List<Seen> seen = new ArrayList<>();

    /** What the probe saw (once per run that had steps). */
    public List<Seen> seen() {
        return seen;
    }

    @Bean
    MigrationListener probe(ApplicationContext context, ApplicationAvailability availability) {
        return event -> {
            if (event instanceof MigrationEvent.StepStarted && seen.isEmpty()) {
                int port = ((WebServerApplicationContext) context).getWebServer().getPort();
                seen.add(new Seen(availability.getReadinessState(),
                        List.of(get(port, "/hello"), get(port, "/actuator/health/migrations"))));
            }
        };
    }

    static Answer get(int port, String path) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(path, response.statusCode(), response.headers().firstValue("Retry-After").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
