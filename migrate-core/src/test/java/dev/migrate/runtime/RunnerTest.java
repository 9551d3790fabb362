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
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunnerTest {

    @TempDir
    Path dir;

    static Runner runner(String dialect, TransactionMode mode, boolean accept, List<MigrationListener> listeners) {
        return runner(dialect, mode, accept, listeners, Duration.ofSeconds(30));
    }

    static Runner runner(String dialect, TransactionMode mode, boolean accept, List<MigrationListener> listeners,
            Duration lockTimeout) {
        return new Runner(new RunSettings(dialect, new VersionTable(dialect, null, "migrate_version"),
                new HistoryLog(dialect, null, "migrate_history"), mode, lockTimeout, accept, listeners));
    }

    static List<List<String>> fiveStepsThirdFails() {
        return List.of(
                List.of("CREATE TABLE t1 (id INTEGER)"),
                List.of("CREATE TABLE t2 (id INTEGER)", "INSERT INTO t2 VALUES (2)"),
                List.of("CREATE TABLE t3 (id INTEGER)", "INSERT INTO t1 VALUES (3)", "INSERT INTO nope VALUES (1)"),
                List.of("CREATE TABLE t4 (id INTEGER)"),
                List.of("CREATE TABLE t5 (id INTEGER)"));
    }

    static String dbError(String dialect) {
        return dialect.equals("sqlite") ? "[SQLITE_ERROR] SQL error or missing database (no such table: nope)"
                : "ERROR: relation \"nope\" does not exist Position: 13";
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void appliesEachStepWithItsVersionRowAndHistoryEntryAndReportsEvents(String dialect) throws Exception {
        List<MigrationEvent> events = new ArrayList<>();
        try (Databases db = Databases.create(dialect, dir); Connection c = db.connect()) {
            RunReport report = runner(dialect, TransactionMode.PER_STEP, false, List.of(events::add))
                    .run(c, ChainSpec.upgrade(fiveStepsThirdFails().subList(0, 2)));
            assertThat(report.fromRows()).isEmpty();
            assertThat(report.toRows()).containsExactly("r2");
            assertThat(report.steps()).extracting(a -> a.step().revision()).containsExactly("r1", "r2");
            assertThat(c.getAutoCommit()).isTrue();
            List<HistoryEntry> log = new HistoryLog(dialect, null, "migrate_history").read(c);
            assertThat(log).extracting(HistoryEntry::revision, HistoryEntry::action, HistoryEntry::fromRows,
                    HistoryEntry::toRows, HistoryEntry::checksum, HistoryEntry::success).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("r1", Action.UPGRADE, List.of(), List.of("r1"),
                            "crc32c:00000001", true),
                    org.assertj.core.groups.Tuple.tuple("r2", Action.UPGRADE, List.of("r1"), List.of("r2"),
                            "crc32c:00000002", true));
            assertThat(log.get(0).host()).isNotBlank();
            assertThat(events).hasSize(6);
            assertThat(events.get(0)).isEqualTo(new MigrationEvent.RunStarted(Action.UPGRADE, "r2", List.of(), 2,
                    false));
            assertThat(events.get(1)).isInstanceOf(MigrationEvent.StepStarted.class);
            assertThat(events.get(4)).isInstanceOf(MigrationEvent.StepFinished.class);
            assertThat(events.get(5)).isInstanceOfSatisfying(MigrationEvent.RunFinished.class, f -> {
                assertThat(f.rows()).containsExactly("r2");
                assertThat(f.success()).isTrue();
            });
            RunReport again = runner(dialect, TransactionMode.PER_STEP, false, List.of())
                    .run(c, ChainSpec.upgrade(fiveStepsThirdFails().subList(0, 2)));
            assertThat(again.steps()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aFailingStatementRollsBackItsStepOnlyAndIsLoggedAfterTheRollback(String dialect) throws Exception {
        try (Databases db = Databases.create(dialect, dir); Connection c = db.connect()) {
            String expected = "Upgrade of revision r3 (step 3) failed at db/r3.sql, line 3: " + dbError(dialect)
                    + "\nStatement: INSERT INTO nope VALUES (1)"
                    + "\nThe step was rolled back: the database stays at r2. Fix the script and run the upgrade "
                    + "again.";
            assertThatThrownBy(() -> runner(dialect, TransactionMode.PER_STEP, false, List.of())
                    .run(c, ChainSpec.upgrade(fiveStepsThirdFails())))
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessage(expected)
                    .satisfies(e -> {
                        MigrationFailedException f = (MigrationFailedException) e;
                        assertThat(f.where()).contains("db/r3.sql, line 3");
                        assertThat(f.statement()).contains("INSERT INTO nope VALUES (1)");
                    });
            assertThat(new VersionTable(dialect, null, "migrate_version").read(c)).containsExactly("r2");
            assertThat(tables(c)).contains("t1", "t2").doesNotContain("t3", "t4");
            assertThat(count(c, "SELECT count(*) FROM t1")).isZero();
            assertThat(count(c, "SELECT count(*) FROM t2")).isEqualTo(1);
            List<HistoryEntry> log = new HistoryLog(dialect, null, "migrate_history").read(c);
            assertThat(log).extracting(HistoryEntry::revision).containsExactly("r1", "r2", "r3");
            HistoryEntry failed = log.get(2);
            assertThat(failed.success()).isFalse();
            assertThat(failed.fromRows()).containsExactly("r2");
            assertThat(failed.toRows()).containsExactly("r2");
            assertThat(failed.error()).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void inTransactionModeAllAFailureRollsBackTheWholeRun(String dialect) throws Exception {
        try (Databases db = Databases.create(dialect, dir); Connection c = db.connect()) {
            assertThatThrownBy(() -> runner(dialect, TransactionMode.ALL, false, List.of())
                    .run(c, ChainSpec.upgrade(fiveStepsThirdFails())))
                    .hasMessage("Upgrade of revision r3 (step 3) failed at db/r3.sql, line 3: " + dbError(dialect)
                            + "\nStatement: INSERT INTO nope VALUES (1)"
                            + "\nThe whole run was rolled back (transaction mode ALL): the database stays at base "
                            + "(no version rows). Fix the script and run the upgrade again.");
            assertThat(new VersionTable(dialect, null, "migrate_version").read(c)).isEmpty();
            assertThat(tables(c)).doesNotContain("t1", "t2", "t3");
            List<HistoryEntry> log = new HistoryLog(dialect, null, "migrate_history").read(c);
            assertThat(log).extracting(HistoryEntry::revision, HistoryEntry::success)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("r3", false));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aNonTransactionalStepRunsInAutoCommitAndSaysSoInTheLog(String dialect) throws Exception {
        try (Databases db = Databases.create(dialect, dir); Connection c = db.connect()) {
            List<List<String>> steps = List.of(
                    List.of("CREATE TABLE t1 (id INTEGER)"),
                    List.of("CREATE TABLE t2 (id INTEGER)", "INSERT INTO nope VALUES (1)"));
            assertThatThrownBy(() -> runner(dialect, TransactionMode.PER_STEP, false, List.of())
                    .run(c, ChainSpec.upgrade(steps).nonTransactional(2)))
                    .hasMessage("Upgrade of revision r2 (step 2) failed at db/r2.sql, line 2: "
                            + dbError(dialect).replace("Position: 13", "Position: 13")
                            + "\nStatement: INSERT INTO nope VALUES (1)"
                            + "\nThe step ran outside a transaction (transactional false): what its statements did "
                            + "before the failure stays, and the version table still says r1. Repair the database "
                            + "by hand, then run the upgrade again (or stamp the revision if its work is done).");
            assertThat(tables(c)).contains("t1", "t2");
            db.run("DROP TABLE t2");
            RunReport report = runner(dialect, TransactionMode.PER_STEP, false, List.of())
                    .run(c, ChainSpec.upgrade(List.of(steps.get(0), List.of("CREATE TABLE t2 (id INTEGER)")))
                            .nonTransactional(2));
            assertThat(report.toRows()).containsExactly("r2");
            List<HistoryEntry> log = new HistoryLog(dialect, null, "migrate_history").read(c);
            assertThat(log).extracting(HistoryEntry::revision, HistoryEntry::success, HistoryEntry::transactional)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("r1", true, true),
                            org.assertj.core.groups.Tuple.tuple("r2", false, false),
                            org.assertj.core.groups.Tuple.tuple("r2", true, false));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aVersionTableChangedWhileANonTransactionalStepRanIsAnError(String dialect) throws Exception {
        try (Databases db = Databases.create(dialect, dir); Connection c = db.connect()) {
            List<List<String>> steps = List.of(
                    List.of("CREATE TABLE t1 (id INTEGER)"),
                    List.of("UPDATE migrate_version SET version_num = 'zz'"));
            assertThatThrownBy(() -> runner(dialect, TransactionMode.PER_STEP, false, List.of())
                    .run(c, ChainSpec.upgrade(steps).nonTransactional(2)))
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessage("Upgrade of revision r2 (step 2) failed in db/r2.sql: The version table migrate_version "
                            + "changed while revision r2 ran outside a transaction: expected r1, found zz. Another "
                            + "process migrated the database meanwhile; check its state with 'migrate current' and "
                            + "stamp it if needed."
                            + "\nThe step ran outside a transaction (transactional false): what its statements did "
                            + "before the failure stays, and the version table still says zz. Repair the database by "
                            + "hand, then run the upgrade again (or stamp the revision if its work is done).");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aFailingListenerDoesNotStopTheRun(String dialect) throws Exception {
        try (Databases db = Databases.create(dialect, dir); Connection c = db.connect()) {
            MigrationListener failing = event -> {
                throw new IllegalStateException("listener broke");
            };
            RunReport report = runner(dialect, TransactionMode.PER_STEP, false, List.of(failing))
                    .run(c, ChainSpec.upgrade(fiveStepsThirdFails().subList(0, 2)));
            assertThat(report.toRows()).containsExactly("r2");
        }
    }

    static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    static int count(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
