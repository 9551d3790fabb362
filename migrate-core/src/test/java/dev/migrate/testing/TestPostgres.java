package dev.migrate.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server that tests use, and fresh databases on it.
 *
 * <p>Where the server comes from, in order: the JDBC URL in the environment variable
 * {@value #URL_VARIABLE} (set by {@code .ci/run}; it names a maintenance database such as
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}); otherwise a Testcontainers
 * PostgreSQL when a Docker engine answers; otherwise the test is skipped with a loud message, and
 * under {@code CI=true} it fails instead, so that CI never passes without having run them.
 */
public final class TestPostgres {

    public static final String URL_VARIABLE = "MIGRATE_TEST_POSTGRES_URL";

    private static volatile Server server;

    private TestPostgres() {
    }

    /** Creates a new, empty database; closing the handle drops it. Skips or fails when no server is available. */
    public static TestDatabase createDatabase() {
        Server s = server();
        String name = "migrate_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(s.adminUrl(), s.user(), s.password());
                Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name + " on " + s.adminUrl(), e);
        }
        return new TestDatabase(name, s.urlFor(name), s.user(), s.password(), () -> drop(s, name));
    }

    private static void drop(Server s, String name) {
        try (Connection c = DriverManager.getConnection(s.adminUrl(), s.user(), s.password());
                Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop test database " + name, e);
        }
    }

    private static synchronized Server server() {
        if (server != null) {
            return server;
        }
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            server = Server.fromUrl(url.trim());
            return server;
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            server = new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
            return server;
        }
        String message = "\n*** PostgreSQL tests SKIPPED: no PostgreSQL server. Set " + URL_VARIABLE
                + " (for example jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres) or start Docker. ***\n";
        System.err.println(message);
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail("CI=true and no PostgreSQL server is available: " + message.trim());
        }
        Assumptions.abort(message.trim());
        throw new AssertionError("unreachable");
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable t) {
            return false;
        }
    }

    /** A server: the URL of its maintenance database and the credentials to use. */
    record Server(String adminUrl, String user, String password) {

        static Server fromUrl(String url) {
            if (!url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException(URL_VARIABLE + " must be a jdbc:postgresql: URL, was " + url);
            }
            return new Server(url, null, null);
        }

        /** The URL of another database on the same server, keeping the query parameters. */
        String urlFor(String database) {
            int query = adminUrl.indexOf('?');
            String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
            String params = query < 0 ? "" : adminUrl.substring(query);
            int slash = base.lastIndexOf('/');
            return base.substring(0, slash + 1) + database + params;
        }
    }
}
