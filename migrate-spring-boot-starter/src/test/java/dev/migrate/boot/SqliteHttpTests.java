package dev.migrate.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class SqliteHttpTests extends HttpScenarios {

    private static final Path FILE = temporaryFile();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + FILE);
    }

    @Override
    String expectedDatabase() {
        return "jdbc:sqlite:" + FILE;
    }

    @Override
    String expectedUser() {
        return null;
    }

    private static Path temporaryFile() {
        try {
            Path dir = Files.createTempDirectory("migrate-http");
            dir.toFile().deleteOnExit();
            return dir.resolve("app.db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
