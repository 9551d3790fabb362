package dev.migrate.sample;

import org.springframework.boot.SpringApplication;

/**
 * Runs the sample on a PostgreSQL in Docker, for developers who have Docker: run this class from the IDE, or
 * {@code ./mvnw -pl sample-app spring-boot:test-run}. The database lives as long as the application.
 */
public class TestSampleApplication {

    public static void main(String[] args) {
        SpringApplication.from(SampleApplication::main).with(TestcontainersConfiguration.class).run(args);
    }
}
