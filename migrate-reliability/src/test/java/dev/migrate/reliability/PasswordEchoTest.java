package dev.migrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.cli.InProcessCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line never shows a password: not in error messages, not in logs, not in stack traces ({@code -X}),
 * wherever the password came from (the URL's user info or parameters, {@code --password}, {@code DATABASE_URL},
 * {@code MIGRATE_PASSWORD}, {@code migrate.properties}), in-process and as the packaged jar.
 */
class PasswordEchoTest {

    static final List<String> SECRETS = List.of("Url-Secret-1", "Param-Secret-2", "Option-Secret-3",
            "Env-Secret-4", "EnvUrl-Secret-5", "File-Secret-6", "FileUrl-Secret-7");
    /** Nothing listens on port 1: every run fails to connect. */
    static final String HOST = "127.0.0.1:1";

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void noPasswordInMessagesLogsOrStackTraces() throws Exception {
        Fixture.sqlite(dir).linear();
        Files.writeString(dir.resolve("file.properties"),
                "migrate.url=jdbc:postgresql://" + HOST + "/app?password=FileUrl-Secret-7\n"
                        + "migrate.password=File-Secret-6\n");
        List<List<String>> runs = List.of(
                List.of("-X", "-v", "--url", "postgres://app:Url-Secret-1@" + HOST + "/app", "upgrade", "heads"),
                List.of("-X", "-v", "--url", "jdbc:postgresql://" + HOST + "/app?user=app&password=Param-Secret-2",
                        "upgrade", "heads"),
                List.of("-X", "--url", "jdbc:postgresql://" + HOST + "/app", "--user", "app", "--password",
                        "Option-Secret-3", "current"),
                List.of("-X", "-v", "current"),
                List.of("-X", "--config", "file.properties", "upgrade", "heads"),
                List.of("-X", "--url", "jdbc:postgresql://" + HOST + "/app?password=Param-Secret-2", "--lock-timeout",
                        "soon", "current"));
        Map<String, String> env = Map.of("MIGRATE_PASSWORD", "Env-Secret-4",
                "DATABASE_URL", "postgres://app:EnvUrl-Secret-5@" + HOST + "/app");
        for (List<String> args : runs) {
            InProcessCli.Result result = InProcessCli.run(dir, env, args.toArray(String[]::new));
            assertThat(result.exitCode()).as(result.toString()).isNotZero();
            assertThat(result.err()).as("-X prints a stack trace\n" + result).contains("\tat ");
            assertNoSecret(result.out() + result.err(), result.toString());
        }
    }

    static void assertNoSecret(String text, String context) {
        for (String secret : SECRETS) {
            assertThat(text).as("shows %s\n%s", secret, context).doesNotContain(secret);
        }
    }
}
