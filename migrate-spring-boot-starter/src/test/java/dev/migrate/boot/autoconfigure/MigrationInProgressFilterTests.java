package dev.migrate.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.boot.StartupMigration;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class MigrationInProgressFilterTests {

    private final StartupMigration state = new StartupMigration(StartupMigration.Mode.MIGRATE, true);
    private final MigrationInProgressFilter filter = new MigrationInProgressFilter(state, "/actuator",
            Duration.ofSeconds(7));

    @Test
    void answers503WithRetryAfterWhileTheStartupMigrationIsPending() throws Exception {
        MockHttpServletResponse response = call("/devices");
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("7");
        assertThat(response.getContentAsString()).isEqualTo("The database is being migrated; retry later.\n");
    }

    @Test
    void answers503WhileItRuns() throws Exception {
        state.running();
        assertThat(call("/").getStatus()).isEqualTo(503);
    }

    @Test
    void letsActuatorRequestsThrough() throws Exception {
        state.running();
        assertThat(call("/actuator/health").getStatus()).isEqualTo(200);
        assertThat(call("/actuator").getStatus()).isEqualTo(200);
        assertThat(call("/actuatorx").getStatus()).isEqualTo(503);
    }

    @Test
    void honoursTheContextPath() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/app/actuator/health");
        request.setContextPath("/app");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void letsEverythingThroughOnceDone() throws Exception {
        state.running();
        state.done("Database at head a1; nothing to migrate");
        MockHttpServletResponse response = call("/devices");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Retry-After")).isNull();
    }

    @Test
    void letsEverythingThroughWhenNothingRunsAtStartup() throws Exception {
        MigrationInProgressFilter skipped = new MigrationInProgressFilter(
                new StartupMigration(StartupMigration.Mode.MIGRATE, false), "/actuator", Duration.ofSeconds(5));
        MockHttpServletResponse response = new MockHttpServletResponse();
        skipped.doFilter(new MockHttpServletRequest("GET", "/devices"), response, new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse call(String uri) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", uri), response, new MockFilterChain());
        return response;
    }
}
