package dev.migrate.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.history.HistoryEntry;
import dev.migrate.history.HistoryLog;
import dev.migrate.runtime.ChecksumMismatchException;
import dev.migrate.runtime.MigrationFailedException;
import dev.migrate.script.Checksum;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Failing steps and changed checksums, through the Migrator. */
class MigratorFailureTest {

    @TempDir
    Path dir;

    static String dbError(String dialect) {
        return dialect.equals("sqlite") ? "[SQLITE_ERROR] SQL error or missing database (no such table: nope)"
                : "ERROR: relation \"nope\" does not exist Position: 13";
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aFailingStatementInTheThirdOfFiveLeavesTheFirstTwoAndNoTraceOfTheThird(String dialect) throws Exception {
        Path scripts = dir.resolve("scripts");
        ScriptFiles.fiveWithThirdFailing(scripts);
        try (Db db = Db.create(dialect, dir)) {
            Migrator migrator = db.migrator("filesystem:" + scripts).build();
            String file = scripts + "/r3_third.sql";
            String expected = "Upgrade of revision r3 (third) failed at " + file + ", line 8: " + dbError(dialect)
                    + "\nStatement: INSERT INTO nope VALUES (1)"
                    + "\nThe step was rolled back: the database stays at r2. Fix the script and run the upgrade again.";
            assertThatThrownBy(() -> migrator.upgrade("heads"))
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessage(expected);
            assertThat(migrator.current().revisions()).containsExactly("r2");
            assertThat(db.query("SELECT count(*) FROM t1")).containsExactly("0");
            assertThat(db.query("SELECT count(*) FROM t2")).containsExactly("1");
            try (Connection c = db.connect()) {
                assertThat(SchemaSnapshot.of(c).keySet()).containsExactly("migrate_history", "migrate_version", "t1",
                        "t2");
                List<HistoryEntry> log = new HistoryLog(dialect, null, "migrate_history").read(c);
                assertThat(log).extracting(HistoryEntry::revision, HistoryEntry::success).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("r1", true),
                        org.assertj.core.groups.Tuple.tuple("r2", true),
                        org.assertj.core.groups.Tuple.tuple("r3", false));
                assertThat(log.get(2).error()).isEqualTo(expected);
            }
            ScriptFiles.write(scripts, "r3", "r2", "third", "CREATE TABLE t3 (id INTEGER);", "DROP TABLE t3;");
            assertThat(migrator.upgrade("heads").steps()).extracting(AppliedStep::revision)
                    .containsExactly("r3", "r4", "r5");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aChangedAppliedScriptFailsTheUpgradeUntilItsChecksumIsAccepted(String dialect) throws Exception {
        Path scripts = dir.resolve("scripts");
        Path r1 = ScriptFiles.write(scripts, "r1", null, "first", "CREATE TABLE t1 (id INTEGER);", "DROP TABLE t1;");
        try (Db db = Db.create(dialect, dir)) {
            Migrator migrator = db.migrator("filesystem:" + scripts).build();
            migrator.upgrade("heads");
            String before = Checksum.of(Files.readAllBytes(r1)).value();
            Files.writeString(r1, Files.readString(r1).replace("CREATE TABLE t1", "-- a comment\nCREATE TABLE t1"));
            String after = Checksum.of(Files.readAllBytes(r1)).value();
            ScriptFiles.write(scripts, "r2", "r1", "second", "CREATE TABLE t2 (id INTEGER);", "DROP TABLE t2;");
            assertThatThrownBy(() -> migrator.upgrade("heads"))
                    .isInstanceOf(ChecksumMismatchException.class)
                    .hasMessage("The script of applied revision r1 changed after it was applied: " + r1
                            + " (checksum logged " + before + ", now " + after + "). Editing an applied script does "
                            + "not change the database: revert the edit and put the change in a new revision. If the "
                            + "edit changes nothing in the database (comments, formatting), accept the new checksum "
                            + "with the repair command (Migrator.repairChecksums()) or the acceptChecksums option.");
            assertThat(migrator.current().revisions()).containsExactly("r1");
            assertThat(migrator.status().revisions()).filteredOn(s -> s.id().equals("r1")).singleElement()
                    .satisfies(s -> {
                        assertThat(s.state()).isEqualTo(RevisionState.CHECKSUM_CHANGED);
                        assertThat(s.appliedChecksum()).isEqualTo(before);
                    });

            RunResult accepted = db.migrator("filesystem:" + scripts).acceptChecksums(true).build().upgrade("heads");
            assertThat(accepted.toRows()).containsExactly("r2");
            assertThat(migrator.status().upToDate()).isTrue();

            Files.writeString(r1, Files.readString(r1).replace("-- a comment", "-- another comment"));
            RepairResult repaired = migrator.repairChecksums();
            assertThat(repaired.repaired()).containsExactly(new RepairResult.Repaired("r1", r1.toString(), after,
                    Checksum.of(Files.readAllBytes(r1)).value()));
            assertThat(migrator.repairChecksums().repaired()).isEmpty();
            assertThat(migrator.upgrade("heads").upToDate()).isTrue();
            assertThat(db.query("SELECT action FROM migrate_history ORDER BY id"))
                    .containsExactly("upgrade", "repair", "upgrade", "repair", "verify");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void twoChangedScriptsAreNamedTogether(String dialect) throws Exception {
        Path scripts = dir.resolve("scripts");
        Path r1 = ScriptFiles.write(scripts, "r1", null, "first", "CREATE TABLE t1 (id INTEGER);", "DROP TABLE t1;");
        Path r2 = ScriptFiles.write(scripts, "r2", "r1", "second", "CREATE TABLE t2 (id INTEGER);", "DROP TABLE t2;");
        try (Db db = Db.create(dialect, dir)) {
            Migrator migrator = db.migrator("filesystem:" + scripts).build();
            migrator.upgrade("heads");
            String s1 = Checksum.of(Files.readAllBytes(r1)).value();
            String s2 = Checksum.of(Files.readAllBytes(r2)).value();
            Files.writeString(r1, Files.readString(r1) + "\n");
            Files.writeString(r2, Files.readString(r2) + "\n");
            assertThatThrownBy(() -> migrator.upgrade("heads"))
                    .hasMessage("The scripts of 2 applied revisions changed after they were applied:"
                            + "\n  r1: " + r1 + " (checksum logged " + s1 + ", now "
                            + Checksum.of(Files.readAllBytes(r1)).value() + ")"
                            + "\n  r2: " + r2 + " (checksum logged " + s2 + ", now "
                            + Checksum.of(Files.readAllBytes(r2)).value() + ")"
                            + "\nEditing applied scripts does not change the database: revert the edits and put the "
                            + "changes in new revisions. If the edits change nothing in the database (comments, "
                            + "formatting), accept the new checksums with the repair command "
                            + "(Migrator.repairChecksums()) or the acceptChecksums option.");
            assertThat(migrator.downgrade("base").toRows()).as("downgrades do not check checksums").isEmpty();
        }
    }
}
