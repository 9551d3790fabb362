package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded {@code migrate.jar} as a separate process, from a folder that is not the build's: what a user
 * does after {@code ./mvnw package}. Runs in {@code verify} (failsafe), after the jar is built.
 */
class ExecutableJarIT {

    @TempDir
    Path dir;

    private Path jar;

    @BeforeEach
    void scripts() throws IOException {
        String property = System.getProperty("migrate.jar");
        assertThat(property).as("the system property migrate.jar (set by failsafe in migrate-cli/pom.xml)").isNotNull();
        jar = Path.of(property);
        assertThat(jar).as("the shaded jar; build it with ./mvnw -pl migrate-cli -am package").isRegularFile();
        Project project = new Project(dir);
        project.linear();
    }

    private record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
        }
    }

    private Run migrate(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("DATABASE_URL");
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("migrate " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void upgradesASqliteFileRelativeToTheWorkingDirectoryQuietly() throws Exception {
        Run upgrade = migrate(Map.of(), "--url", "jdbc:sqlite:app.db", "upgrade", "head");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        assertThat(upgrade.out()).startsWith("""
                Running upgrade <base> -> a1, create users
                Running upgrade a1 -> b2, add email
                Running upgrade b2 -> c3, create orders
                Upgraded to c3 in 3 steps (""");
        assertThat(upgrade.err()).as("no logs below warn by default").isEmpty();
        assertThat(dir.resolve("app.db")).isRegularFile();

        Run current = migrate(Map.of(), "current", "--url", "jdbc:sqlite:app.db");
        assertThat(current.exitCode()).as(current.toString()).isZero();
        assertThat(current.out()).isEqualTo("c3 (head)\n");
    }

    @Test
    void helpAndUsageErrors() throws Exception {
        Run help = migrate(Map.of(), "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: migrate [-hvVX]");

        Run usage = migrate(Map.of(), "upgrade");
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.out()).isEmpty();
        assertThat(usage.err()).isEqualTo("""
                migrate: error: Missing required parameter: 'TARGET'
                Try 'migrate upgrade --help' for more information.
                """);
    }

    @Test
    void passwordsAreMaskedInTheErrorTheStackTraceAndTheLogs() throws Exception {
        Run failed = migrate(Map.of(), "-X", "-v", "--dialect", "postgresql", "--url", "jdbc:nosuchdriver://db.example.com/app?password=hunter2",
                "--user", "app", "--password", "swordfish", "current");
        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
        assertThat(failed.out()).isEmpty();
        assertThat(failed.err()).as("a debug log line, then the error and its trace")
                .containsPattern("(?m)^\\[DEBUG] ")
                .contains("\nmigrate: error: Could not connect to ")
                .contains("jdbc:nosuchdriver://db.example.com/app?password=****")
                .contains("\tat ")
                .doesNotContain("hunter2")
                .doesNotContain("swordfish");
    }

    @Test
    void connectsToPostgresqlThroughDatabaseUrl() throws Exception {
        try (TestDatabase db = TestPostgres.createDatabase()) {
            Run upgrade = migrate(Map.of("DATABASE_URL", db.url()), "upgrade", "heads");
            assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
            assertThat(upgrade.out()).contains("Upgraded to c3 in 3 steps");
            Run history = migrate(Map.of("DATABASE_URL", db.url()), "history", "-i");
            assertThat(history.exitCode()).as(history.toString()).isZero();
            assertThat(history.out()).isEqualTo("""
                    b2 -> c3 (head) (current), create orders
                    a1 -> b2, add email
                    <base> -> a1, create users
                    """);
        }
    }
}
