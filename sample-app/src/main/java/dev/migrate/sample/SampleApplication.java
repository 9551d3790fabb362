package dev.migrate.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A small device-log service that keeps its schema with Migrate. */
@SpringBootApplication
public class SampleApplication {

    public static void main(String[] args) throws IOException {
        // The default SQLite database lives in ./data; SQLite does not create missing folders.
        Files.createDirectories(Path.of("data"));
        SpringApplication.run(SampleApplication.class, args);
    }
}
