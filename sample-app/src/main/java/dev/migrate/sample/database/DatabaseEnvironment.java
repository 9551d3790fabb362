package dev.migrate.sample.database;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Prepares the database settings before the application's beans exist:
 * <ul>
 *   <li>a {@code DATABASE_URL} in the hosting platforms' form ({@code postgres://user:secret@host/app}) becomes
 *       {@code database.jdbc-url}, {@code database.user} and {@code database.password}, which the {@code postgres}
 *       profile reads (a {@code jdbc:postgresql:} {@code DATABASE_URL} is read as it is);</li>
 *   <li>the folder of an SQLite database file ({@code ./data/} by default) is created when it is missing.</li>
 * </ul>
 */
final class DatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "sampleDatabaseUrl";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String databaseUrl = environment.getProperty("DATABASE_URL");
        if (DatabaseUrl.isPostgresUri(databaseUrl)) {
            DatabaseUrl url = DatabaseUrl.parse(databaseUrl);
            Map<String, Object> values = new HashMap<>();
            values.put("database.jdbc-url", url.jdbcUrl());
            if (url.user() != null) {
                values.put("database.user", url.user());
            }
            if (url.password() != null) {
                values.put("database.password", url.password());
            }
            MapPropertySource source = new MapPropertySource(SOURCE, values);
            if (environment.getPropertySources().contains(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)) {
                environment.getPropertySources().addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        source);
            } else {
                environment.getPropertySources().addLast(source);
            }
        }
        SqliteFile.createFolder(environment.getProperty("spring.datasource.url"));
    }

    /** After the configuration files and profiles are read, so that spring.datasource.url is final. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
