package dev.migrate.boot.autoconfigure;

import dev.migrate.boot.StartupMigration;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers {@code 503 Service Unavailable} with a {@code Retry-After} header to every request but
 * Actuator's while the database migrates at startup: the web server is up before the application
 * runners, and requests must not reach code that expects the new schema.
 */
final class MigrationInProgressFilter extends OncePerRequestFilter {

    static final String MESSAGE = "The database is being migrated; retry later.\n";

    private final StartupMigration state;
    private final String actuatorBasePath;
    private final String retryAfterSeconds;

    /**
     * @param actuatorBasePath requests whose path starts with it pass ({@code /actuator}), so probes see the state
     * @param retryAfter       the value of the {@code Retry-After} header
     */
    MigrationInProgressFilter(StartupMigration state, String actuatorBasePath, Duration retryAfter) {
        this.state = state;
        this.actuatorBasePath = actuatorBasePath.endsWith("/")
                ? actuatorBasePath.substring(0, actuatorBasePath.length() - 1) : actuatorBasePath;
        this.retryAfterSeconds = Long.toString(Math.max(1, retryAfter.toSeconds()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!state.inProgress() || isActuator(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", retryAfterSeconds);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(MESSAGE.getBytes(StandardCharsets.UTF_8));
    }

    private boolean isActuator(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !actuatorBasePath.isEmpty()
                && (path.equals(actuatorBasePath) || path.startsWith(actuatorBasePath + "/"));
    }
}
