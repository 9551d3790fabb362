package dev.migrate.sample;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The sample application started in this JVM on a random port, as {@code java -jar} would start it,
 * with a small HTTP client; closing stops it.
 */
final class RunningApp implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final ConfigurableApplicationContext context;
    private final URI base;

    private RunningApp(ConfigurableApplicationContext context) {
        this.context = context;
        this.base = URI.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port"));
    }

    /** Starts the application on {@code database} in production mode. */
    static RunningApp start(SampleDatabase database) {
        return start(database, List.of());
    }

    /** Starts the application on {@code database} with these profiles active, and more application arguments. */
    static RunningApp start(SampleDatabase database, List<String> profiles, String... arguments) {
        List<String> args = new ArrayList<>(database.arguments(profiles.toArray(String[]::new)));
        args.add("--server.port=0");
        args.add("--spring.main.banner-mode=off");
        args.addAll(Arrays.asList(arguments));
        return new RunningApp(new SpringApplicationBuilder(SampleApplication.class).run(args.toArray(String[]::new)));
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    Response post(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response post(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** {@code /actuator/migrations}, read as JSON. */
    DocumentContext migrations() {
        Response response = get("/actuator/migrations");
        if (response.status() != 200) {
            throw new AssertionError("/actuator/migrations answered " + response.status() + ": " + response.body());
        }
        return response.json();
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }

    /** An HTTP response. */
    record Response(int status, String contentType, String location, String body) {

        DocumentContext json() {
            return JsonPath.parse(body);
        }

        <T> T read(String path) {
            return JsonPath.read(body, path);
        }
    }
}
