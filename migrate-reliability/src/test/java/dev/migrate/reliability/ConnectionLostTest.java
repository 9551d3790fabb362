package dev.migrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.migrate.command.Migrator;
import dev.migrate.command.RunResult;
import dev.migrate.runtime.MigrationFailedException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server ends the migration's session ({@code pg_terminate_backend} from another connection) while a step runs:
 * the run fails with a message that names the revision and says what happened, the database is as before the step,
 * no lock is left, and the next run completes.
 */
class ConnectionLostTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void theServerEndsTheSessionInTheMiddleOfAStep() throws Exception {
        Path migrations = Chain.write(dir.resolve("migrations"), 3, n -> switch (n) {
            case 1 -> "CREATE TABLE keep (id INTEGER PRIMARY KEY);\nINSERT INTO keep VALUES (1);";
            case 2 -> "CREATE TABLE half (x INTEGER);\nINSERT INTO half VALUES (1);\nUPDATE keep SET id = 2;\n"
                    + "SELECT pg_sleep((SELECT seconds FROM sleep_control));";
            default -> "CREATE TABLE after_loss (id INTEGER);";
        }, n -> switch (n) {
            case 1 -> "DROP TABLE keep;";
            case 2 -> "DROP TABLE half;\nUPDATE keep SET id = 1;";
            default -> "DROP TABLE after_loss;";
        });
        try (Db.Postgres db = (Db.Postgres) Db.postgres()) {
            db.execute("CREATE TABLE sleep_control (seconds INTEGER NOT NULL)",
                    "INSERT INTO sleep_control VALUES (60)");
            Migrator migrator = Migrator.builder().url(db.url()).locations("filesystem:" + migrations).build();
            migrator.upgrade("r001");

            CompletableFuture<RunResult> run = CompletableFuture.supplyAsync(() -> migrator.upgrade("heads"));
            long pid = awaitSleepingBackend(db);
            assertThat(db.number("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = " + pid))
                    .as("the migration holds its lock").isEqualTo(1);
            db.execute("SELECT pg_terminate_backend(" + pid + ")");
            Throwable failure = unwrap(catchThrowable(() -> run.get(60, TimeUnit.SECONDS)));

            assertThat(failure).isInstanceOf(MigrationFailedException.class);
            assertThat(failure.getMessage()).isEqualTo("Upgrade of revision r002 (step 2) failed at "
                    + migrations.resolve("r002_step_2.sql") + ", line 9: FATAL: terminating connection due to "
                    + "administrator command\n"
                    + "Statement: SELECT pg_sleep((SELECT seconds FROM sleep_control))\n"
                    + "The connection to the database was lost during the step, so nothing of its transaction was "
                    + "committed: the database rolls it back. Check where the database stands (migrate current), then "
                    + "run the upgrade again.");
            assertThat(db.versionRows()).containsExactly("r001");
            assertThat(db.tables()).doesNotContain("half", "after_loss");
            assertThat(db.number("SELECT id FROM keep")).isEqualTo(1);
            assertThat(db.advisoryLocks()).isZero();
            assertThat(db.successes("upgrade")).containsOnlyKeys("r001");

            db.execute("UPDATE sleep_control SET seconds = 0");
            RunResult rerun = migrator.upgrade("heads");
            assertThat(rerun.toRows()).containsExactly("r003");
            assertThat(db.number("SELECT id FROM keep")).isEqualTo(2);
            assertThat(db.successes("upgrade")).containsOnlyKeys("r001", "r002", "r003").containsValues(1);
        }
    }

    private static long awaitSleepingBackend(Db db) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            var pids = db.strings("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                    + "AND state = 'active' AND query LIKE 'SELECT pg_sleep(%'");
            if (!pids.isEmpty()) {
                return Long.parseLong(pids.get(0));
            }
            Jvm.sleep(20);
        }
        throw new AssertionError("the step never reached pg_sleep");
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof ExecutionException || t instanceof java.util.concurrent.CompletionException
                ? t.getCause() : t;
    }
}
