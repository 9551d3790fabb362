package dev.migrate.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.history.Action;
import dev.migrate.history.HistoryEntry;
import dev.migrate.history.HistoryLog;
import dev.migrate.runtime.MigrationEvent;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Upgrade, downgrade and concurrency over a graph with two branches, a depends-on and a merge. */
class MigratorRunTest {

    static final String BRANCHES = "classpath:db/engine/branches";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void roundTripLeavesTheSameVersionRowsAndSchema(String dialect) throws Exception {
        try (Db db = Db.create(dialect, dir)) {
            List<MigrationEvent> events = new ArrayList<>();
            Migrator migrator = db.migrator(BRANCHES).listener(events::add).build();

            RunResult up = migrator.upgrade("heads");
            assertThat(up.action()).isEqualTo(Action.UPGRADE);
            assertThat(up.fromRows()).isEmpty();
            assertThat(up.toRows()).containsExactly("d1");
            assertThat(up.steps()).extracting(AppliedStep::revision)
                    .containsExactly("a1", "b1", "c1", "c2", "b2", "m1", "d1");
            assertThat(up.steps().get(1).rowsBefore()).containsExactly("a1");
            assertThat(up.steps().get(2).rowsAfter()).containsExactlyInAnyOrder("b1", "c1");
            assertThat(up.steps().get(5).rowsBefore()).containsExactlyInAnyOrder("b2", "c2");
            assertThat(up.steps().get(0).source()).isEqualTo("classpath:db/engine/branches/a1_create_accounts.sql");
            assertThat(events.get(0)).isEqualTo(new MigrationEvent.RunStarted(Action.UPGRADE, "heads", List.of(), 7,
                    false));
            Map<String, List<String>> schema;
            try (Connection c = db.connect()) {
                schema = SchemaSnapshot.of(c);
            }
            assertThat(schema).containsKeys("accounts", "invoices", "audit_log", "account_totals", "migrate_version",
                    "migrate_history");

            RunResult down = migrator.downgrade("base");
            assertThat(down.toRows()).isEmpty();
            assertThat(down.steps()).extracting(AppliedStep::revision)
                    .containsExactly("d1", "m1", "b2", "c2", "c1", "b1", "a1");
            try (Connection c = db.connect()) {
                assertThat(SchemaSnapshot.of(c).keySet()).containsExactly("migrate_history", "migrate_version");
            }

            RunResult again = migrator.upgrade("heads");
            assertThat(again.toRows()).isEqualTo(up.toRows());
            try (Connection c = db.connect()) {
                assertThat(SchemaSnapshot.of(c)).isEqualTo(schema);
                List<HistoryEntry> log = new HistoryLog(dialect, null, "migrate_history").read(c);
                assertThat(log).hasSize(21).allMatch(HistoryEntry::success);
            }
            assertThat(migrator.upgrade("heads").upToDate()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void upgradesAndDowngradesBranchByBranch(String dialect) throws Exception {
        try (Db db = Db.create(dialect, dir)) {
            Migrator migrator = db.migrator(BRANCHES).build();
            assertThat(migrator.upgrade("b2").toRows()).containsExactly("b2");
            assertThat(migrator.upgrade("c1").toRows()).containsExactlyInAnyOrder("b2", "c1");
            assertThat(migrator.current().revisions()).containsExactly("b2", "c1");
            assertThat(migrator.downgrade("b1").toRows()).containsExactlyInAnyOrder("b1", "c1");
            assertThat(migrator.upgrade("audit@+1").steps()).extracting(AppliedStep::revision).containsExactly("c2");
            assertThat(migrator.downgrade("audit@-1").steps()).extracting(AppliedStep::revision)
                    .containsExactly("c2");
            assertThat(migrator.upgrade("m1").toRows()).containsExactly("m1");
            assertThat(migrator.downgrade("c2").toRows()).containsExactlyInAnyOrder("b2", "c2");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void eightMigratorsUpgradingAtOnceApplyEveryRevisionExactlyOnce(String dialect) throws Exception {
        try (Db db = Db.create(dialect, dir)) {
            int threads = 8;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<RunResult>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Migrator migrator = db.migrator(BRANCHES).build();
                results.add(pool.submit(() -> {
                    start.await();
                    return migrator.upgrade("heads");
                }));
            }
            start.countDown();
            int steps = 0;
            for (Future<RunResult> f : results) {
                RunResult r = f.get();
                assertThat(r.toRows()).containsExactly("d1");
                steps += r.steps().size();
            }
            pool.shutdown();
            assertThat(steps).isEqualTo(7);
            try (Connection c = db.connect()) {
                List<HistoryEntry> log = new HistoryLog(dialect, null, "migrate_history").read(c);
                assertThat(log).allMatch(HistoryEntry::success).extracting(HistoryEntry::revision)
                        .containsExactlyInAnyOrder("a1", "b1", "b2", "c1", "c2", "m1", "d1");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void takesOverADatabaseThatAlembicManaged(String dialect) throws Exception {
        try (Db db = Db.create(dialect, dir)) {
            db.run("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                            + "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))",
                    "INSERT INTO alembic_version (version_num) VALUES ('a1')",
                    "CREATE TABLE accounts (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL)");
            Migrator migrator = db.migrator(BRANCHES).versionTable("alembic_version").build();
            assertThat(migrator.current().revisions()).containsExactly("a1");
            RunResult result = migrator.upgrade("heads");
            assertThat(result.fromRows()).containsExactly("a1");
            assertThat(result.steps()).extracting(AppliedStep::revision)
                    .containsExactly("b1", "c1", "c2", "b2", "m1", "d1");
            assertThat(db.query("SELECT version_num FROM alembic_version")).containsExactly("d1");
            assertThat(db.query("SELECT count(*) FROM migrate_history")).containsExactly("6");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aDatabaseAheadOfTheCodeFailsClearlyAndCurrentStillWorks(String dialect) throws Exception {
        try (Db db = Db.create(dialect, dir)) {
            Migrator migrator = db.migrator(BRANCHES).build();
            migrator.upgrade("b1");
            db.run("UPDATE migrate_version SET version_num = 'f00d' WHERE version_num = 'b1'");
            CurrentResult current = migrator.current();
            assertThat(current.rows()).extracting(CurrentResult.Row::revision, CurrentResult.Row::known)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("f00d", false));
            assertThat(current.hasUnknown()).isTrue();
            String message = "The database is ahead of the code: the version table migrate_version names revision "
                    + "'f00d' (rows: f00d), which no script declares. This happens when code older than the database "
                    + "is deployed (after a rollback). Deploy the code that has this revision, or downgrade with that "
                    + "code first; if the database was put back by hand, set its version with stamp --purge "
                    + "<revision>.";
            assertThatThrownBy(() -> migrator.upgrade("heads")).hasMessage(message);
            assertThatThrownBy(() -> migrator.downgrade("base")).hasMessage(message);
            assertThatThrownBy(() -> migrator.stamp(List.of("a1"), false)).hasMessage(message);
            StatusResult status = migrator.status();
            assertThat(status.revisions()).last().satisfies(s -> {
                assertThat(s.id()).isEqualTo("f00d");
                assertThat(s.state()).isEqualTo(RevisionState.UNKNOWN);
            });
            RunResult stamped = migrator.stamp(List.of("b1"), true);
            assertThat(stamped.toRows()).containsExactly("b1");
            assertThat(migrator.upgrade("heads").toRows()).containsExactly("d1");
        }
    }
}
