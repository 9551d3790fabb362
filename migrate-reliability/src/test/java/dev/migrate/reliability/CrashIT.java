package dev.migrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.command.Migrator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the CLI while a long revision runs, three times on each database at different moments of the
 * step: afterwards the version row is the previous revision, nothing of the killed step remains, no lock is held
 * and the database can be written; then a run completes.
 *
 * <p>Revision r002 is long on purpose: it creates and fills {@code big}, changes {@code keep}, then waits
 * ({@code pg_sleep} on PostgreSQL; a very large recursive insert on SQLite). How long it waits comes from the
 * {@code crash_control} table, which is not part of the migrations, so the final run can make it short.
 */
class CrashIT {

    static final int CRASHES_PER_DATABASE = 3;
    private static final long[] KILL_DELAYS_MS = {50, 400, 1200};

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void killedDuringALongPostgresStep() throws Exception {
        Path migrations = Chain.write(dir.resolve("migrations"), 3, n -> switch (n) {
            case 1 -> "CREATE TABLE keep (id INTEGER PRIMARY KEY);\nINSERT INTO keep VALUES (1);";
            case 2 -> "CREATE TABLE big AS SELECT g AS x FROM generate_series(1, 200000) g;\n"
                    + "UPDATE keep SET id = 2;\n"
                    + "SELECT pg_sleep((SELECT seconds FROM crash_control));";
            default -> "CREATE TABLE after_crash (id INTEGER);";
        }, n -> switch (n) {
            case 1 -> "DROP TABLE keep;";
            case 2 -> "DROP TABLE big;\nUPDATE keep SET id = 1;";
            default -> "DROP TABLE after_crash;";
        });
        try (Db.Postgres db = (Db.Postgres) Db.postgres()) {
            db.execute("CREATE TABLE crash_control (seconds INTEGER NOT NULL)", "INSERT INTO crash_control VALUES (5)");
            migrator(db, migrations).upgrade("r001");
            for (int crash = 0; crash < CRASHES_PER_DATABASE; crash++) {
                Jvm.Started cli = upgrade(db, migrations);
                assertThat(cli.awaitOutput("Running upgrade r001 -> r002", Duration.ofMinutes(2))).as(cli.toString())
                        .isTrue();
                await(() -> db.number("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                        + "AND state = 'active' AND query LIKE 'SELECT pg_sleep(%'") == 1, "the step's pg_sleep");
                Jvm.sleep(KILL_DELAYS_MS[crash]);
                assertThat(cli.process().isAlive()).as("still in the step when killed\n" + cli).isTrue();
                cli.kill();
                // The server notices the lost client when pg_sleep returns; until then its backend holds the lock.
                await(() -> db.otherSessions() == 0, "the killed client's backend to end");
                assertThat(db.advisoryLocks()).as("advisory locks after crash " + (crash + 1)).isZero();
                assertUnchanged(db);
            }
            db.execute("UPDATE crash_control SET seconds = 0");
            Jvm.Started rerun = upgrade(db, migrations);
            assertThat(rerun.waitFor(Duration.ofMinutes(2))).as(rerun.toString()).isZero();
            assertThat(db.versionRows()).containsExactly("r003");
            assertThat(db.number("SELECT count(*) FROM big")).isEqualTo(200000);
            assertThat(db.number("SELECT id FROM keep")).isEqualTo(2);
            assertThat(db.successes("upgrade")).containsEntry("r002", 1);
            assertThat(db.advisoryLocks()).isZero();
        }
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void killedDuringALongSqliteStep() throws Exception {
        Path migrations = Chain.write(dir.resolve("migrations"), 3, n -> switch (n) {
            case 1 -> "CREATE TABLE keep (id INTEGER PRIMARY KEY);\nINSERT INTO keep VALUES (1);";
            case 2 -> "CREATE TABLE big (x INTEGER);\n"
                    + "UPDATE keep SET id = 2;\n"
                    + "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                    + "WHERE x < (SELECT n FROM crash_control)) INSERT INTO big SELECT x FROM c;";
            default -> "CREATE TABLE after_crash (id INTEGER);";
        }, n -> switch (n) {
            case 1 -> "DROP TABLE keep;";
            case 2 -> "DROP TABLE big;\nUPDATE keep SET id = 1;";
            default -> "DROP TABLE after_crash;";
        });
        Db db = Db.sqlite(dir, "crash.db");
        Path journal = dir.resolve("crash.db-journal");
        db.execute("CREATE TABLE crash_control (n INTEGER NOT NULL)", "INSERT INTO crash_control VALUES (500000000)");
        migrator(db, migrations).upgrade("r001");
        for (int crash = 0; crash < CRASHES_PER_DATABASE; crash++) {
            Jvm.Started cli = upgrade(db, migrations);
            assertThat(cli.awaitOutput("Running upgrade r001 -> r002", Duration.ofMinutes(2))).as(cli.toString())
                    .isTrue();
            // The rollback journal appears with the step's first write.
            await(() -> Files.exists(journal), "the step's rollback journal");
            Jvm.sleep(KILL_DELAYS_MS[crash]);
            assertThat(cli.process().isAlive()).as("still in the step when killed\n" + cli).isTrue();
            cli.kill();
            assertThat(journal).as("a hot journal is left behind").exists();
            assertUnchanged(db);
            assertWritable(db);
        }
        db.execute("UPDATE crash_control SET n = 1000");
        Jvm.Started rerun = upgrade(db, migrations);
        assertThat(rerun.waitFor(Duration.ofMinutes(2))).as(rerun.toString()).isZero();
        assertThat(db.versionRows()).containsExactly("r003");
        assertThat(db.number("SELECT count(*) FROM big")).isEqualTo(1000);
        assertThat(db.number("SELECT id FROM keep")).isEqualTo(2);
        assertThat(db.successes("upgrade")).containsEntry("r002", 1);
    }

    /** The state before r002: its version row, no {@code big}, {@code keep} as r001 left it, no success logged. */
    private static void assertUnchanged(Db db) throws Exception {
        assertThat(db.versionRows()).as("version rows after a crash").containsExactly("r001");
        assertThat(db.tables()).as("tables after a crash").doesNotContain("big", "after_crash").contains("keep");
        assertThat(db.number("SELECT id FROM keep")).as("keep.id after a crash").isEqualTo(1);
        assertThat(db.successes("upgrade")).as("successful upgrades logged").containsOnlyKeys("r001");
    }

    /** SQLite: another program can take the write lock at once. */
    private static void assertWritable(Db db) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = 2000");
            st.execute("BEGIN IMMEDIATE");
            st.execute("UPDATE crash_control SET n = n");
            st.execute("COMMIT");
        }
    }

    private Jvm.Started upgrade(Db db, Path migrations) throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        return Jvm.cli(work, List.of("--url", db.url(), "--locations", "filesystem:" + migrations, "upgrade",
                "heads"));
    }

    private static Migrator migrator(Db db, Path migrations) {
        return Migrator.builder().url(db.url()).locations("filesystem:" + migrations).build();
    }

    private static void await(Check check, String what) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!check.ok()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Jvm.sleep(20);
        }
    }

    @FunctionalInterface
    interface Check {
        boolean ok() throws Exception;
    }
}
