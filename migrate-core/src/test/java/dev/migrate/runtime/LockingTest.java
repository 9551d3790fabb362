package dev.migrate.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.history.Action;
import dev.migrate.history.HistoryEntry;
import dev.migrate.history.HistoryLog;
import dev.migrate.history.VersionTable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LockingTest {

    @TempDir
    Path dir;

    static List<List<String>> steps() {
        List<List<String>> steps = new ArrayList<>();
        steps.add(List.of("CREATE TABLE applied (revision VARCHAR(10))", "INSERT INTO applied VALUES ('r1')"));
        for (int i = 2; i <= 6; i++) {
            steps.add(List.of("CREATE TABLE t" + i + " (id INTEGER)", "INSERT INTO applied VALUES ('r" + i + "')"));
        }
        return steps;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void eightProcessesUpgradingAtOnceApplyEveryRevisionExactlyOnce(String dialect) throws Exception {
        try (Databases db = Databases.create(dialect, dir)) {
            int threads = 8;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<RunReport>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<RunReport> run = () -> {
                    try (Connection c = db.connect()) {
                        start.await();
                        return RunnerTest.runner(dialect, TransactionMode.PER_STEP, false, List.of())
                                .run(c, ChainSpec.upgrade(steps()));
                    }
                };
                results.add(pool.submit(run));
            }
            start.countDown();
            int applied = 0;
            for (Future<RunReport> f : results) {
                RunReport report = f.get();
                assertThat(report.toRows()).containsExactly("r6");
                applied += report.steps().size();
            }
            pool.shutdown();
            assertThat(applied).isEqualTo(6);
            try (Connection c = db.connect(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT revision FROM applied ORDER BY revision")) {
                List<String> revisions = new ArrayList<>();
                while (rs.next()) {
                    revisions.add(rs.getString(1));
                }
                assertThat(revisions).containsExactly("r1", "r2", "r3", "r4", "r5", "r6");
                List<HistoryEntry> log = new HistoryLog(dialect, null, "migrate_history").read(c);
                assertThat(log).allMatch(HistoryEntry::success).allMatch(e -> e.action() == Action.UPGRADE)
                        .extracting(HistoryEntry::revision).containsExactly("r1", "r2", "r3", "r4", "r5", "r6");
                assertThat(new VersionTable(dialect, null, "migrate_version").read(c)).containsExactly("r6");
            }
        }
    }

    @Test
    void aPostgresRunWaitsForTheAdvisoryLockAndGivesUpWithAClearMessage() throws Exception {
        try (Databases db = Databases.create("postgresql", dir); Connection holder = db.connect();
                Connection c = db.connect()) {
            long key = DatabaseLock.PostgresAdvisoryLock.key("public.migrate_version");
            String who;
            try (Statement st = holder.createStatement()) {
                st.execute("SELECT pg_advisory_lock(" + key + ")");
                try (ResultSet rs = st.executeQuery("SELECT pid, application_name, client_addr, backend_start "
                        + "FROM pg_stat_activity WHERE pid = pg_backend_pid()")) {
                    rs.next();
                    who = "backend pid " + rs.getInt(1) + ", application '" + rs.getString(2) + "', client "
                            + rs.getString(3) + ", connected since " + rs.getString(4);
                }
            }
            assertThatThrownBy(() -> RunnerTest.runner("postgresql", TransactionMode.PER_STEP, false, List.of(),
                    Duration.ofMillis(300)).run(c, ChainSpec.upgrade(steps())))
                    .isInstanceOf(LockTimeoutException.class)
                    .hasMessage("Timed out after 300 ms waiting for the migration lock on PostgreSQL database '"
                            + db.postgres().name() + "' (advisory lock " + key + " for version table "
                            + "migrate_version), held by another migration (" + who + "). Wait for it to finish and "
                            + "run again; if that session is stuck, end it with pg_terminate_backend(pid). The wait "
                            + "is set with the lock timeout (lockTimeout).");
            assertThat(new VersionTable("postgresql", null, "migrate_version").exists(c)).isFalse();
            try (Statement st = holder.createStatement()) {
                st.execute("SELECT pg_advisory_unlock(" + key + ")");
            }
            RunReport report = RunnerTest.runner("postgresql", TransactionMode.PER_STEP, false, List.of())
                    .run(c, ChainSpec.upgrade(steps()));
            assertThat(report.toRows()).containsExactly("r6");
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the lock is released").isZero();
            }
        }
    }

    @Test
    void twoApplicationsWithTheirOwnVersionTablesDoNotBlockEachOther() {
        assertThat(DatabaseLock.PostgresAdvisoryLock.key("public.migrate_version"))
                .isNotEqualTo(DatabaseLock.PostgresAdvisoryLock.key("billing.migrate_version"))
                .isNotEqualTo(DatabaseLock.PostgresAdvisoryLock.key("public.other_version"));
    }

    @Test
    void anSqliteRunWaitsForTheWriteLockAndGivesUpWithAClearMessage() throws Exception {
        try (Databases db = Databases.create("sqlite", dir); Connection holder = db.connect();
                Connection c = db.connect(); Statement st = holder.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            assertThatThrownBy(() -> RunnerTest.runner("sqlite", TransactionMode.PER_STEP, false, List.of(),
                    Duration.ofMillis(300)).run(c, ChainSpec.upgrade(steps())))
                    .isInstanceOf(LockTimeoutException.class)
                    .hasMessage("Timed out after 300 ms waiting for the write lock on SQLite database "
                            + db.url().substring("jdbc:sqlite:".length()) + " (version table migrate_version): "
                            + "another connection is writing to it, perhaps another migration. Wait for it to finish "
                            + "or stop the other program, then run again; the wait is set with the lock timeout "
                            + "(lockTimeout).");
            st.execute("ROLLBACK");
            assertThat(RunnerTest.runner("sqlite", TransactionMode.PER_STEP, false, List.of())
                    .run(c, ChainSpec.upgrade(steps())).toRows()).containsExactly("r6");
        }
    }
}
