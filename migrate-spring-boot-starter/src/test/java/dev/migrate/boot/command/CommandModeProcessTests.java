package dev.migrate.boot.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.boot.command.schemaapp.SchemaApplication;
import dev.migrate.boot.testapp.TestApplication;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Command mode end to end: an application's main, in its own JVM, as {@code java -jar app.jar migrate <verb>}
 * runs it.
 */
class CommandModeProcessTests {

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    private Run run(Class<?> application, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath(), "-Dspring.datasource.url=jdbc:sqlite:" + dir.resolve("app.db"),
                application.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the application exits by itself").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    @Test
    void runsTheVerbAndExitsWithoutStartingTheWebServer() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Run upgrade = run(TestApplication.class, "migrate", "upgrade", "b2", "--migrate.locations=classpath:db/app",
                    "--server.port=" + taken.getLocalPort());
            assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
            assertThat(upgrade.out()).startsWith("Running upgrade <base> -> a1, create devices\n")
                    .contains("Upgraded to b2 in 2 steps (")
                    .doesNotContain("Migrated from").doesNotContain("Started TestApplication");
        }
        Run current = run(TestApplication.class, "migrate", "current", "--migrate.locations=classpath:db/app");
        assertThat(current.exitCode()).as(current.toString()).isZero();
        assertThat(current.out()).isEqualTo("b2\n");
    }

    @Test
    void aFailedVerbExitsWithOneAndAUsageErrorWithTwo() throws Exception {
        Run failed = run(TestApplication.class, "migrate", "upgrade", "heads", "--migrate.locations=classpath:db/failing");
        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
        assertThat(failed.err()).as("the verb alone reports the failure").startsWith("migrate: error: Upgrade of revision b2 (break things) failed at ");
        Run usage = run(TestApplication.class, "migrate", "upgrade", "heads", "--no-such-option");
        assertThat(usage.exitCode()).as(usage.toString()).isEqualTo(2);
        assertThat(usage.err()).contains("migrate: error: Unknown option: '--no-such-option'");
    }

    @Test
    void checkAndAutogenerateCompareTheApplicationsMetaDataBean() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        String locations = "--migrate.locations=filesystem:" + dir.resolve("migrations");
        Run before = run(SchemaApplication.class, "migrate", "check", locations);
        assertThat(before.exitCode()).as(before.toString()).isEqualTo(1);
        assertThat(before.out()).contains("added table 'devices'", "added table 'readings'");

        Run generated = run(SchemaApplication.class, "migrate", "revision", "--autogenerate", "-m", "create tables",
                "--rev-id", "a1", locations);
        assertThat(generated.exitCode()).as(generated.toString()).isZero();
        assertThat(generated.out()).isEqualTo("Detected added table 'devices'\nDetected added table 'readings'\n"
                + "Generating migrations/a1_create_tables.sql ... done\n");
        assertThat(run(SchemaApplication.class, "migrate", "upgrade", "heads", locations).exitCode()).isZero();
        Run clean = run(SchemaApplication.class, "migrate", "check", locations);
        assertThat(clean.exitCode()).as(clean.toString()).isZero();
        assertThat(clean.out()).isEqualTo("No changes detected\n");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE scratch (id INTEGER PRIMARY KEY)");
        }
        Run drift = run(SchemaApplication.class, "migrate", "check", "--json", locations);
        assertThat(drift.exitCode()).as(drift.toString()).isEqualTo(1);
        assertThat(drift.out()).contains("\"kind\": \"remove_table\"", "\"table\": \"scratch\"");
    }
}
