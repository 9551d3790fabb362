package dev.migrate.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.history.HistoryLog;
import dev.migrate.runtime.ChecksumMismatchException;
import dev.migrate.script.Location;
import dev.migrate.script.ScriptFingerprint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The no-op upgrade that skips loading the scripts when their fingerprint was verified at the same rows. */
class UpToDateTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aNoOpRunRecordsTheFingerprintOnceAndLaterRunsAddNothing(String dialect) throws Exception {
        Path scripts = twoScripts();
        try (Db db = Db.create(dialect, dir)) {
            Migrator migrator = db.migrator("filesystem:" + scripts).build();
            assertThat(migrator.upToDateCheaply()).isFalse();
            assertThat(migrator.upgrade("heads").steps()).hasSize(2);
            assertThat(actions(db)).containsExactly("upgrade", "upgrade");
            assertThat(migrator.upToDateCheaply()).isFalse();

            assertThat(migrator.upgrade("heads").upToDate()).isTrue();
            String fingerprint = ScriptFingerprint.of(List.of(Location.parse("filesystem:" + scripts)),
                    getClass().getClassLoader()).orElseThrow();
            assertThat(actions(db)).containsExactly("upgrade", "upgrade", "verify");
            assertThat(db.query("SELECT checksum FROM migrate_history WHERE action = 'verify'"))
                    .containsExactly(fingerprint);
            assertThat(db.query("SELECT to_rows FROM migrate_history WHERE action = 'verify'")).containsExactly("r2");

            assertThat(migrator.upToDateCheaply()).isTrue();
            assertThat(migrator.upgrade("heads").toRows()).containsExactly("r2");
            assertThat(migrator.upgrade("head").upToDate()).isTrue();
            assertThat(actions(db)).containsExactly("upgrade", "upgrade", "verify");
            try (Connection c = db.connect()) {
                assertThat(new HistoryLog(dialect, null, "migrate_history").read(c)).hasSize(2);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void anEditThatKeepsSizeAndTimeGoesUnnoticedUntilTheScriptsAreLoaded(String dialect) throws Exception {
        Path scripts = twoScripts();
        try (Db db = Db.create(dialect, dir)) {
            Migrator migrator = db.migrator("filesystem:" + scripts).build();
            migrator.upgrade("heads");
            migrator.upgrade("heads");
            Path r2 = scripts.resolve("r2_second.sql");
            FileTime time = Files.getLastModifiedTime(r2);
            Files.writeString(r2, Files.readString(r2).replace("DROP TABLE t2", "DROP TABLE x2"));
            Files.setLastModifiedTime(r2, time);

            assertThat(migrator.upgrade("heads").upToDate()).isTrue();
            assertThat(migrator.status().revisions()).filteredOn(s -> s.id().equals("r2")).singleElement()
                    .extracting(RevisionStatus::state).isEqualTo(RevisionState.CHECKSUM_CHANGED);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void anyChangeOfScriptsOrRowsTakesTheFullPath(String dialect) throws Exception {
        Path scripts = twoScripts();
        try (Db db = Db.create(dialect, dir)) {
            Migrator migrator = db.migrator("filesystem:" + scripts).build();
            migrator.upgrade("heads");
            migrator.upgrade("heads");

            Path r1 = scripts.resolve("r1_first.sql");
            String original = Files.readString(r1);
            Files.writeString(r1, original.replace("CREATE TABLE t1", "-- edited\nCREATE TABLE t1"));
            assertThatThrownBy(() -> migrator.upgrade("heads")).isInstanceOf(ChecksumMismatchException.class);
            Files.writeString(r1, original);

            ScriptFiles.write(scripts, "r3", "r2", "third", "CREATE TABLE t3 (id INTEGER);", "DROP TABLE t3;");
            assertThat(migrator.upToDateCheaply()).isFalse();
            assertThat(migrator.upgrade("heads").steps()).extracting(AppliedStep::revision).containsExactly("r3");

            migrator.upgrade("heads");
            migrator.downgrade("-1");
            assertThat(migrator.upgrade("heads").steps()).extracting(AppliedStep::revision).containsExactly("r3");

            migrator.upgrade("heads");
            db.run("DELETE FROM migrate_version", "INSERT INTO migrate_version VALUES ('r2')", "DROP TABLE t3");
            assertThat(migrator.upgrade("heads").steps()).extracting(AppliedStep::revision).containsExactly("r3");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void twoCopiesOfTheScriptsTakingTurnsEachRecordOnce(String dialect) throws Exception {
        Path scripts = twoScripts();
        Path copy = Files.createDirectories(dir.resolve("copy"));
        try (var files = Files.list(scripts)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
                Files.setLastModifiedTime(copy.resolve(f.getFileName()), FileTime.fromMillis(1_700_000_000_000L));
            }
        }
        try (Db db = Db.create(dialect, dir)) {
            Migrator first = db.migrator("filesystem:" + scripts).build();
            Migrator second = db.migrator("filesystem:" + copy).build();
            first.upgrade("heads");
            for (int i = 0; i < 3; i++) {
                assertThat(first.upgrade("heads").upToDate()).isTrue();
                assertThat(second.upgrade("heads").upToDate()).isTrue();
            }
            assertThat(actions(db)).containsExactly("upgrade", "upgrade", "verify", "verify");
        }
    }

    private Path twoScripts() {
        Path scripts = dir.resolve("scripts");
        ScriptFiles.write(scripts, "r1", null, "first", "CREATE TABLE t1 (id INTEGER);", "DROP TABLE t1;");
        ScriptFiles.write(scripts, "r2", "r1", "second", "CREATE TABLE t2 (id INTEGER);", "DROP TABLE t2;");
        return scripts;
    }

    private static List<String> actions(Db db) throws Exception {
        return db.query("SELECT action FROM migrate_history ORDER BY id");
    }
}
