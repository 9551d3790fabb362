package dev.migrate.boot.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.boot.testapp.TestApplication;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Command mode end to end: the test application's main, in its own JVM, as
 * {@code java -jar app.jar migrate <verb>} runs it.
 */
class CommandModeProcessTests {

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    private Run run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath(), "-Dspring.datasource.url=jdbc:sqlite:" + dir.resolve("app.db"),
                TestApplication.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
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
            Run upgrade = run("migrate", "upgrade", "b2", "--migrate.locations=classpath:db/app",
                    "--server.port=" + taken.getLocalPort());
            assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
            assertThat(upgrade.out()).contains("Upgraded from base to b2: 2 revisions in ")
                    .doesNotContain("Migrated from").doesNotContain("Started TestApplication");
        }
        Run current = run("migrate", "current", "--migrate.locations=classpath:db/app");
        assertThat(current.exitCode()).as(current.toString()).isZero();
        assertThat(current.out()).isEqualTo("b2, add description\n");
    }

    @Test
    void aFailedVerbExitsWithOne() throws Exception {
        Run failed = run("migrate", "downgrade", "zz9", "--migrate.locations=classpath:db/app");
        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
        assertThat(failed.err()).contains("migrate downgrade failed: ");
    }
}
