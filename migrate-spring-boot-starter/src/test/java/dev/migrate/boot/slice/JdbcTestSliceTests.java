package dev.migrate.boot.slice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.boot.StartupMigration;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code @JdbcTest} imports Migrate through AutoConfigureDataSourceInitialization: the schema is there. */
@JdbcTest(properties = "migrate.locations=classpath:db/app")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class JdbcTestSliceTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("migrate-jdbc-test");
        dir.toFile().deleteOnExit();
        registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + dir.resolve("app.db"));
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StartupMigration startup;

    @Test
    void migrationsRanBeforeTheTest() {
        assertThat(startup.phase()).isEqualTo(StartupMigration.Phase.DONE);
        assertThat(jdbc.queryForObject("SELECT version_num FROM migrate_version", String.class)).isEqualTo("c3");
        jdbc.update("INSERT INTO readings (id, device_id, celsius) VALUES (1, 1, 20.0)");
    }
}
