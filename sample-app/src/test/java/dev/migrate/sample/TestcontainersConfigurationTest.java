package dev.migrate.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.command.CurrentResult;
import dev.migrate.command.Migrator;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.testcontainers.DockerClientFactory;

/**
 * The application on the Docker PostgreSQL of {@link TestcontainersConfiguration}, as {@link TestSampleApplication}
 * starts it: migrated to the head. Runs only where Docker runs (the other tests use {@code TestPostgres}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestcontainersConfiguration.class)
@EnabledIf(value = "dockerAvailable", disabledReason = "Docker is not available: the Testcontainers launcher is not tried")
class TestcontainersConfigurationTest {

    @Autowired
    Migrator migrator;

    @Autowired
    DataSource dataSource;

    @Test
    void theApplicationMigratesTheContainerDatabaseToTheHead() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        assertThat(migrator.current().rows()).extracting(CurrentResult.Row::revision).containsExactly(Revisions.HEAD);
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
