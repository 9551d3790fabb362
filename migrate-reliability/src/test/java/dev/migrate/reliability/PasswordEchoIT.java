package dev.migrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The packaged CLI shows no password either, with debug logs and a stack trace on standard error. */
class PasswordEchoIT {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void theJarMasksPasswordsInLogsAndStackTraces() {
        Fixture.sqlite(dir).linear();
        Jvm.Started run = Jvm.cli(dir, Map.of("MIGRATE_PASSWORD", "Env-Secret-4"), List.of("-X", "-v", "--url",
                "postgres://app:Url-Secret-1@" + PasswordEchoTest.HOST + "/app?password=Param-Secret-2", "upgrade",
                "heads"));
        assertThat(run.waitFor(Duration.ofMinutes(1))).as(run.toString()).isEqualTo(1);
        assertThat(run.stderr()).as(run.toString()).contains("\tat ");
        PasswordEchoTest.assertNoSecret(run.stdout() + run.stderr(), run.toString());
    }
}
