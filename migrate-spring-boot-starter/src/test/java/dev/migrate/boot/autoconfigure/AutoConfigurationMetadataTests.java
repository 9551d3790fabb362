package dev.migrate.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The auto-configuration metadata generated at build time, with which Spring Boot filters auto-configurations by
 * their class conditions and orders them before loading their classes.
 */
class AutoConfigurationMetadataTests {

    @Test
    void describesEveryRegisteredAutoConfiguration() throws IOException {
        Properties metadata = metadata();
        assertThat(registered()).isNotEmpty().allSatisfy(name -> assertThat(metadata).containsKey(name));
    }

    @Test
    void carriesTheOrderAndTheClassConditions() throws IOException {
        Properties metadata = metadata();
        String auto = MigrateAutoConfiguration.class.getName();
        assertThat(metadata.getProperty(auto + ".AutoConfigureAfter"))
                .isEqualTo("org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration");
        assertThat(metadata.getProperty(MigrateEndpointAutoConfiguration.class.getName() + ".AutoConfigureAfter"))
                .isEqualTo(auto);
        assertThat(metadata.getProperty(MigrateEndpointAutoConfiguration.class.getName() + ".ConditionalOnClass"))
                .contains("ConditionalOnAvailableEndpoint");
        assertThat(metadata.getProperty(MigrateHealthContributorAutoConfiguration.class.getName()
                + ".ConditionalOnClass")).contains("AbstractHealthIndicator");
    }

    private static Properties metadata() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = resource("META-INF/spring-autoconfigure-metadata.properties")) {
            properties.load(in);
        }
        return properties;
    }

    private static List<String> registered() throws IOException {
        try (InputStream in = resource(
                "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        }
    }

    private static InputStream resource(String name) {
        InputStream in = MigrateAutoConfiguration.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }
}
