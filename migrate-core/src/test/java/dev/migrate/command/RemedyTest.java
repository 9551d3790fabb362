package dev.migrate.command;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.runtime.MigrationFailedException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A step that fails because the database refuses to write says what to fix: not the script. */
class RemedyTest {

    @TempDir
    Path dir;

    @Test
    void aReadOnlySqliteFileAsksForWriteAccess() {
        Path scripts = twoScripts();
        try (Db db = Db.create("sqlite", dir)) {
            db.migrator("filesystem:" + scripts).build().upgrade("r1");
            String readOnly = "jdbc:sqlite:file:" + db.url().substring("jdbc:sqlite:".length()) + "?mode=ro";

            assertThatThrownBy(() -> Migrator.builder().url(readOnly).locations("filesystem:" + scripts).build()
                    .upgrade("heads"))
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("[SQLITE_READONLY]")
                    .hasMessageEndingWith("The step was rolled back: the database stays at r1. The SQLite database is "
                            + "read-only for this program: give it write access to the file and to its folder, where "
                            + "SQLite writes its journal (and open the file without mode=ro); then run the upgrade "
                            + "again.");
        }
    }

    @Test
    void aPostgresqlServerThatAcceptsNoWritesAsksForThePrimary() {
        Path scripts = twoScripts();
        try (Db db = Db.create("postgresql", dir)) {
            db.migrator("filesystem:" + scripts).build().upgrade("r1");
            String readOnly = db.url() + (db.url().contains("?") ? "&" : "?")
                    + "options=-c%20default_transaction_read_only%3Don";
            Migrator migrator = Migrator.builder().url(readOnly).user(db.postgres().user())
                    .password(db.postgres().password()).locations("filesystem:" + scripts).build();

            assertThatThrownBy(() -> migrator.upgrade("heads"))
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("read-only transaction")
                    .hasMessageEndingWith("The step was rolled back: the database stays at r1. The server accepts no "
                            + "writes (a read-only transaction, or a standby server): run the migrations against the "
                            + "primary, with default_transaction_read_only off; then run the upgrade again.");
        }
    }

    @Test
    void aFaultInTheScriptStillAsksToFixTheScript() {
        Path scripts = dir.resolve("scripts");
        ScriptFiles.write(scripts, "r1", null, "broken", "CREATE TABLE t1 (id INTEGER", "DROP TABLE t1;");
        try (Db db = Db.create("sqlite", dir)) {
            assertThatThrownBy(() -> db.migrator("filesystem:" + scripts).build().upgrade("heads"))
                    .hasMessageEndingWith("Fix the script and run the upgrade again.");
        }
    }

    private Path twoScripts() {
        Path scripts = dir.resolve("scripts");
        ScriptFiles.write(scripts, "r1", null, "first", "CREATE TABLE t1 (id INTEGER);", "DROP TABLE t1;");
        ScriptFiles.write(scripts, "r2", "r1", "second", "CREATE TABLE t2 (id INTEGER);", "DROP TABLE t2;");
        return scripts;
    }
}
