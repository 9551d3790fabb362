package dev.migrate.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.history.Action;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** current, history, status, heads, branches, show, stamp. */
class MigratorInspectTest {

    static final String BRANCHES = MigratorRunTest.BRANCHES;

    @TempDir
    Path dir;

    @Test
    void headsBranchesAndShowNeedNoDatabase() {
        Migrator migrator = Migrator.builder().locations(BRANCHES).build();
        assertThat(migrator.heads()).singleElement().satisfies(h -> {
            assertThat(h.id()).isEqualTo("d1");
            assertThat(h.downRevisions()).containsExactly("m1");
            assertThat(h.head()).isTrue();
            assertThat(h.message()).isEqualTo("add account email");
            assertThat(h.source()).isEqualTo("classpath:db/engine/branches/d1_add_account_email.sql");
            assertThat(h.checksum()).startsWith("crc32c:");
        });
        assertThat(migrator.branches()).singleElement().satisfies(b -> {
            assertThat(b.id()).isEqualTo("a1");
            assertThat(b.nextRevisions()).containsExactly("b1", "c1");
            assertThat(b.branchPoint()).isTrue();
            assertThat(b.base()).isTrue();
        });
        RevisionInfo m1 = migrator.show("m1");
        assertThat(m1.downRevisions()).containsExactly("b2", "c2");
        assertThat(m1.merge()).isTrue();
        assertThat(migrator.show("c2").dependsOn()).containsExactly("b1");
        assertThat(migrator.show("b1").branchLabels()).containsExactly("billing");
        assertThat(migrator.show("heads").id()).isEqualTo("d1");
        assertThatThrownBy(() -> migrator.show("base"))
                .hasMessage("'base' names no revision (base); show takes one revision: give its id.");
    }

    @Test
    void historyWithoutADatabaseListsEveryRevisionNewestFirst() {
        Migrator migrator = Migrator.builder().locations(BRANCHES).build();
        HistoryResult history = migrator.history("", false);
        assertThat(history.databaseRead()).isFalse();
        assertThat(history.revisions()).extracting(RevisionStatus::id)
                .containsExactly("d1", "m1", "b2", "c2", "c1", "b1", "a1");
        assertThat(history.revisions()).allMatch(r -> r.state() == RevisionState.PENDING);
        assertThatThrownBy(() -> migrator.history("current:", false))
                .hasMessage("The history range 'current:' uses 'current', which needs a database, and none is "
                        + "configured: give a JDBC URL or a data source.");
        assertThatThrownBy(() -> migrator.history("b1", false))
                .hasMessage("The history range 'b1' needs a colon: write <start>:<end>, <start>: or :<end> (for "
                        + "example current: or :heads).");
        assertThat(migrator.history("b1:m1", false).revisions()).extracting(RevisionStatus::id)
                .containsExactly("m1", "b2", "b1");
    }

    @Test
    void historyAndStatusShowTheStateOfEachRevision() throws Exception {
        try (Db db = Db.create("sqlite", dir)) {
            Migrator migrator = db.migrator(BRANCHES).build();
            migrator.upgrade("b2");
            HistoryResult history = migrator.history("", true);
            assertThat(history.databaseRead()).isTrue();
            assertThat(history.revisions()).extracting(RevisionStatus::id, RevisionStatus::state).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("d1", RevisionState.PENDING),
                    org.assertj.core.groups.Tuple.tuple("m1", RevisionState.PENDING),
                    org.assertj.core.groups.Tuple.tuple("b2", RevisionState.CURRENT),
                    org.assertj.core.groups.Tuple.tuple("c2", RevisionState.PENDING),
                    org.assertj.core.groups.Tuple.tuple("c1", RevisionState.PENDING),
                    org.assertj.core.groups.Tuple.tuple("b1", RevisionState.APPLIED),
                    org.assertj.core.groups.Tuple.tuple("a1", RevisionState.APPLIED));
            RevisionStatus a1 = history.revisions().get(6);
            assertThat(a1.log()).singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo(Action.UPGRADE);
                assertThat(e.toRows()).containsExactly("a1");
                assertThat(e.success()).isTrue();
            });
            assertThat(a1.appliedChecksum()).isEqualTo(a1.revision().orElseThrow().checksum());
            assertThat(migrator.history("", false).revisions().get(6).log()).isEmpty();
            assertThat(migrator.history("current:", false).revisions()).extracting(RevisionStatus::id)
                    .containsExactly("d1", "m1", "b2");

            StatusResult status = migrator.status();
            assertThat(status.versionTable()).isEqualTo("migrate_version");
            assertThat(status.currentRows()).containsExactly("b2");
            assertThat(status.pending()).extracting(RevisionStatus::id).containsExactly("d1", "m1", "c2", "c1");
            assertThat(status.upToDate()).isFalse();
            migrator.upgrade("heads");
            assertThat(migrator.status().upToDate()).isTrue();

            CurrentResult current = migrator.current();
            assertThat(current.versionTable()).isEqualTo("migrate_version");
            assertThat(current.rows()).singleElement().satisfies(r -> {
                assertThat(r.revision()).isEqualTo("d1");
                assertThat(r.info().orElseThrow().message()).isEqualTo("add account email");
            });
        }
    }

    @Test
    void currentOnAnEmptyDatabaseHasNoRowsAndCreatesNothing() throws Exception {
        try (Db db = Db.create("sqlite", dir)) {
            assertThat(db.migrator(BRANCHES).build().current().rows()).isEmpty();
            assertThat(db.query("SELECT name FROM sqlite_master")).isEmpty();
        }
    }

    @Test
    void stampMovesTheVersionRowsWithoutRunningScripts() throws Exception {
        try (Db db = Db.create("sqlite", dir)) {
            Migrator migrator = db.migrator(BRANCHES).build();
            RunResult stamped = migrator.stamp(List.of("b2", "c1"), false);
            assertThat(stamped.action()).isEqualTo(Action.STAMP);
            assertThat(stamped.toRows()).containsExactlyInAnyOrder("b2", "c1");
            assertThat(db.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
                    .containsExactly("migrate_history", "migrate_version");
            assertThat(migrator.stamp(List.of("heads"), false).toRows()).containsExactly("d1");
            assertThat(migrator.stamp(List.of("heads"), false).upToDate()).isTrue();
            assertThat(migrator.stamp(List.of("base"), false).toRows()).isEmpty();
            assertThat(db.query("SELECT action || ' ' || revision || ' ' || from_rows || ' > ' || to_rows "
                    + "FROM migrate_history ORDER BY id")).containsExactly("stamp b2,c1  > b2,c1",
                    "stamp d1 b2,c1 > d1", "stamp base d1 > ");
            assertThatThrownBy(() -> migrator.stamp(List.of(), false))
                    .hasMessage("stamp needs one or more target revisions (or 'base' or 'heads').");
        }
    }

    @Test
    void anEmptyFolderUpgradesToNothingAndCreatesTheTables() throws Exception {
        Path empty = java.nio.file.Files.createDirectories(dir.resolve("empty"));
        try (Db db = Db.create("sqlite", dir)) {
            RunResult result = db.migrator("filesystem:" + empty).build().upgrade();
            assertThat(result.upToDate()).isTrue();
            assertThat(result.toRows()).isEmpty();
            assertThat(db.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
                    .containsExactly("migrate_history", "migrate_version");
        }
    }

    @Test
    void commandsThatNeedADatabaseSaySoWhenNoneIsConfigured() {
        Migrator migrator = Migrator.builder().locations(BRANCHES).build();
        assertThatThrownBy(() -> migrator.upgrade("heads"))
                .hasMessage("'upgrade' needs a database, and none is configured: give a JDBC URL (with user and "
                        + "password if needed) or a data source.");
        assertThatThrownBy(migrator::current).hasMessageStartingWith("'current' needs a database");
    }

    @Test
    void aDatabaseThatCannotBeReachedIsNamedWithoutItsPassword() {
        Migrator migrator = Migrator.builder().url("jdbc:postgresql://127.0.0.1:1/app?password=secret")
                .locations(BRANCHES).build();
        assertThatThrownBy(() -> migrator.upgrade("heads"))
                .hasMessageStartingWith("Could not connect to jdbc:postgresql://127.0.0.1:1/app?password=**** (check "
                        + "the URL, user and password, and that the database is running): ")
                .message().doesNotContain("secret");
    }
}
