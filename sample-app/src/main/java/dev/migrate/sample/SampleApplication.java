package dev.migrate.sample;

import dev.migrate.sample.database.SampleSchema;
import dev.migrate.schema.MetaData;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A small device-log service that keeps its schema with Migrate: devices, and the log lines they
 * send, as JSON over HTTP. By default its database is an SQLite file under {@code ./data/}; the
 * {@code postgres} profile uses PostgreSQL ({@code DATABASE_URL}), the {@code dev} profile switches
 * on debug mode ({@code app.debug=true}).
 */
@SpringBootApplication
public class SampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }

    /** The schema the migrations build: debug mode creates it, and {@code check} compares it with the database. */
    @Bean
    MetaData schema() {
        return SampleSchema.metaData();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
