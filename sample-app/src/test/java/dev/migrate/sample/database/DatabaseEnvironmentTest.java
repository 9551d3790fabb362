package dev.migrate.sample.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class DatabaseEnvironmentTest {

    @Test
    void aPlatformDatabaseUrlBecomesTheSettingsThePostgresProfileReads() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of("DATABASE_URL", "postgres://app:secret@db:5432/devices")));
        new DatabaseEnvironment().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("database.jdbc-url")).isEqualTo("jdbc:postgresql://db:5432/devices");
        assertThat(environment.getProperty("database.user")).isEqualTo("app");
        assertThat(environment.getProperty("database.password")).isEqualTo("secret");
    }

    @Test
    void aJdbcDatabaseUrlIsLeftAsItIs() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("DATABASE_URL", "jdbc:postgresql://db/devices")));
        new DatabaseEnvironment().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getPropertySources().contains(DatabaseEnvironment.SOURCE)).isFalse();
        assertThat(environment.getProperty("database.jdbc-url")).isNull();
    }

    @Test
    void theFolderOfTheSqliteDatabaseIsCreated(@TempDir Path folder) {
        StandardEnvironment environment = new StandardEnvironment();
        Path file = folder.resolve("data").resolve("sample.db");
        environment.getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("spring.datasource.url", "jdbc:sqlite:" + file + "?foreign_keys=true")));
        new DatabaseEnvironment().postProcessEnvironment(environment, new SpringApplication());
        assertThat(folder.resolve("data")).isDirectory();
    }
}
