package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Every error a user can meet on SQLite: the message on stderr, word for word, and the exit code. */
class SqliteErrorsTest extends CliProjectTest {

    private static void assertFails(Cli.Result r, int exitCode, String out, String err) {
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(exitCode);
        assertThat(r.err()).as(r.toString()).isEqualTo(err);
        assertThat(r.out()).as(r.toString()).isEqualTo(out);
    }

    private void ok(String... args) {
        Cli.Result r = migrate(args);
        assertThat(r.exitCode()).as(r.toString()).isZero();
    }

    @Test
    void targetsThatNameNoRevisionAreUsageErrors() {
        assertFails(migrate("upgrade", "nope"), 2, "", "migrate: error: No revision or branch label matches 'nope'; "
                + "'migrate history' lists the revisions\n");
        assertFails(migrate("show", "zz"), 2, "", "migrate: error: No revision or branch label matches 'zz'; "
                + "'migrate history' lists the revisions\n");
        ok("upgrade", "head");
        assertFails(migrate("downgrade", "-5"), 2, "", "migrate: error: Relative target '-5' goes too far: there are "
                + "fewer than 5 revisions below c3; use a smaller count, or 'base' to go below every revision\n");
    }

    @Test
    void headIsAmbiguousWhenTheGraphHasTwoHeads() {
        project.script("d4", "b2", "audit", "CREATE TABLE audit (id INTEGER);", "DROP TABLE audit;");
        assertFails(migrate("upgrade", "head"), 2, "", "migrate: error: 'head' is ambiguous: there are 2 heads (c3, "
                + "d4); use 'heads' for all of them, '<label>@head' for one branch, or a revision id\n");
    }

    @Test
    void aFailingStepIsRolledBackAndNamedWithItsFileAndLine() {
        project.script("d4", "c3", "duplicate users", "CREATE TABLE users (id INTEGER);", "SELECT 1;");
        Path file = project.file("d4");
        Cli.Result r = migrate("upgrade", "heads");
        assertThat(r.out()).startsWith("Running upgrade <base> -> a1, create users\n")
                .endsWith("Running upgrade c3 -> d4, duplicate users\n");
        assertFails(r, 1, r.out(), "migrate: error: Upgrade of revision d4 (duplicate users) failed at " + file
                + ", line 6: [SQLITE_ERROR] SQL error or missing database (table users already exists)\n"
                + "Statement: CREATE TABLE users (id INTEGER)\n"
                + "The step was rolled back: the database stays at c3. Fix the script and run the upgrade again.\n");
        Cli.Result current = migrate("current");
        assertThat(current.out()).isEqualTo("c3\n");
    }

    @Test
    void anEditedAppliedScriptFailsUntilItsChecksumIsAccepted() throws Exception {
        ok("upgrade", "b2");
        Path a1 = project.file("a1");
        String before = Files.readString(a1);
        Files.writeString(a1, before.replace("CREATE TABLE", "-- the users\nCREATE TABLE"));
        Cli.Result r = migrate("upgrade", "heads");
        assertThat(r.err()).matches("(?s)migrate: error: The script of applied revision a1 changed after it was "
                + "applied: \\Q" + a1 + "\\E \\(checksum logged crc32c:\\w+, now crc32c:\\w+\\)\\. Editing an applied "
                + "script does not change the database: .*\n"
                + "migrate: hint: on the command line, 'migrate repair' accepts the new checksums, and 'migrate upgrade "
                + "--accept-checksums TARGET' accepts them and upgrades\n");
        assertFails(r, 1, "", r.err());

        Cli.Result accepted = migrate("upgrade", "heads", "--accept-checksums");
        assertThat(accepted.exitCode()).as(accepted.toString()).isZero();
        assertThat(accepted.out()).matches("Accepting the changed checksum of a1 \\(\\Q" + dir.relativize(a1)
                + "\\E\\): "
                + "crc32c:\\w+ -> crc32c:\\w+\nRunning upgrade b2 -> c3, create orders\nUpgraded to c3 in 1 step "
                + "\\(\\d+ ms\\)\n");
    }

    @Test
    void repairAcceptsChangedChecksums() throws Exception {
        ok("upgrade", "heads");
        Path b2 = project.file("b2");
        Files.writeString(b2, Files.readString(b2) + "\n-- reviewed\n");
        assertThat(migrate("history", "-i", "-v", "-r", "a1:b2").out()).contains("State: checksum changed (applied "
                + "with checksum crc32c:");
        Cli.Result repair = migrate("repair");
        assertThat(repair.exitCode()).isZero();
        assertThat(repair.out()).matches("Accepted the new checksum of b2 \\(\\Q" + dir.relativize(b2)
                + "\\E\\): crc32c:\\w+ -> "
                + "crc32c:\\w+\n");
        assertThat(migrate("upgrade", "heads").out()).isEqualTo("Already at c3; nothing to upgrade\n");
        assertThat(migrate("history", "-i", "-v", "-r", "a1:b2").out()).containsPattern("State: applied\n"
                + "Log: \\S+ upgrade a1 -> b2( on \\S+)? \\(\\d+ ms\\)\n"
                + "Log: \\S+ repair: accepted checksum crc32c:\\w+( on \\S+)?( \\(\\d+ ms\\))?\n\n    add email\n");
    }

    @Test
    void aDatabaseAheadOfTheCodeIsRefusedButCanBeShownAndStamped() throws Exception {
        ok("upgrade", "heads");
        try (Connection c = DriverManager.getConnection(project.sqliteUrl()); Statement st = c.createStatement()) {
            st.execute("UPDATE migrate_version SET version_num = 'zz9'");
        }
        assertFails(migrate("upgrade", "heads"), 1, "", "migrate: error: The database is ahead of the code: the "
                + "version table migrate_version names revision 'zz9' (rows: zz9), which no script declares. This "
                + "happens when code older than the database is deployed (after a rollback). Deploy the code that has "
                + "this revision, or downgrade with that code first; if the database was put back by hand, set its "
                + "version with stamp --purge <revision>.\n");
        assertFails(migrate("current"), 0, "zz9 (unknown)\n", "migrate: warning: the version table migrate_version "
                + "names zz9, which no script declares: the database is ahead of the code. Deploy the code that has "
                + "these revisions, or, if the database was restored by hand, set its version with 'migrate stamp "
                + "--purge <revision>'.\n");
        assertThat(migrate("stamp", "--purge", "c3").out()).isEqualTo("Stamped c3 (was zz9)\n");
    }

    @Test
    void brokenScriptsAndMissingFolders() {
        project.write("x1_broken.sql", "-- migrate:revision x1\n-- migrate:down-revision q\n-- migrate:message m\n\n"
                + "-- migrate:upgrade\nSELECT 1;\n");
        assertFails(migrate("heads"), 1, "", "migrate: error: Revision x1 (" + project.migrations.resolve(
                "x1_broken.sql") + ") names down revision q, which no script declares; fix its down revision or add "
                + "the missing script\n");
        project.write("x1_broken.sql", "-- migrate:revisio x1\n");
        assertFails(migrate("history"), 1, "", "migrate: error: " + project.migrations.resolve("x1_broken.sql")
                + ", line 1: unknown key 'migrate:revisio'. Known keys: revision, down-revision, message, "
                + "branch-labels, depends-on, transactional (headers) and upgrade, downgrade (sections).\n");
        assertFails(migrate("--locations", "nowhere", "upgrade", "heads"), 1, "", "migrate: error: Migration location "
                + "'filesystem:" + dir.resolve("nowhere") + "' does not exist: there is no folder "
                + dir.resolve("nowhere") + ". Create it or set the migration locations (the default is "
                + "classpath:db/migrations).\n");
    }

    @Test
    void connectionFailuresNameTheMaskedUrl() {
        assertFails(Cli.in(dir).run("--url", "jdbc:sqlite:" + dir.resolve("no/such/dir/app.db"), "upgrade", "heads"),
                1, "", "migrate: error: Could not connect to jdbc:sqlite:" + dir.resolve("no/such/dir/app.db")
                        + " (check the URL, user and password, and that the database is running): [SQLITE_CANTOPEN] "
                        + "Unable to open the database file (unable to open database file)\n");
        assertFails(Cli.in(dir).run("--url", "jdbc:nosuch://db.example.com/app?user=app&password=hunter2",
                "--dialect", "postgresql", "--password", "swordfish", "current"), 1, "", "migrate: error: Could not connect to "
                + "jdbc:nosuch://db.example.com/app?user=app&password=**** (check the URL, user and password, and "
                + "that the database is running): No suitable driver found for "
                + "jdbc:nosuch://db.example.com/app?user=app&password=**** [SQLState 08001]\n");
    }

    @Test
    void theStackTraceOnlyWithDashXAndWithPasswordsMasked() {
        Cli.Result r = Cli.in(dir).env("MIGRATE_PASSWORD", "swordfish").run("-X", "--dialect", "postgresql", "--url",
                "jdbc:nosuch://db.example.com/app?password=hunter2&x=swordfish", "current");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("migrate: error: Could not connect to jdbc:nosuch://db.example.com/app?"
                + "password=****&x=**** (check").contains("\ndev.migrate.jdbc.DatabaseException: Could not connect")
                .contains("\tat dev.migrate.").contains("Caused by: java.sql.SQLException: No suitable driver found for "
                        + "jdbc:nosuch://db.example.com/app?password=****&x=****\n")
                .doesNotContain("hunter2").doesNotContain("swordfish");
    }

    @Test
    void anotherMigrationHoldingTheLockTimesOut() throws Exception {
        try (Connection c = DriverManager.getConnection(project.sqliteUrl()); Statement st = c.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            assertFails(migrate("--lock-timeout", "1s", "upgrade", "heads"), 1, "", "migrate: error: Timed out after "
                    + "1 s waiting for the write lock on SQLite database " + dir.resolve("app.db") + " (version table "
                    + "migrate_version): another connection is writing to it, perhaps another migration. Wait for it "
                    + "to finish or stop the other program, then run again; the wait is set with the lock timeout "
                    + "(lockTimeout).\nmigrate: hint: on the command line, the wait is set with --lock-timeout, for "
                    + "example --lock-timeout 5m\n");
        }
    }

    @Test
    void badSettings() {
        assertFails(Cli.in(dir).run("upgrade", "--sql", "head"), 2, "", "migrate: error: Writing SQL offline needs the "
                + "dialect, and none is configured and no JDBC URL names one. Set the dialect (postgresql or sqlite) "
                + "or a JDBC URL; nothing connects to the database offline.\n");
        assertFails(migrate("--dialect", "oracle", "upgrade", "--sql", "head"), 2, "", "migrate: error: Unknown "
                + "dialect 'oracle'; supported: postgresql, sqlite (from --dialect)\n");
        assertFails(migrate("--version-table", "a-b", "current"), 2, "", "migrate: error: The version table name "
                + "'a-b' is not a plain SQL identifier: use 1-63 letters, digits and underscores, starting with a "
                + "letter or underscore\n");
        assertFails(migrate("--version-table", "same", "--history-table", "SAME", "current"), 2, "", "migrate: error: "
                + "The version table and the history table are both named 'same'; give them different names\n");
    }

    @Test
    void revisionAndMergeErrors() {
        assertFails(migrate("revision", "-m", "x", "--rev-id", "a1"), 2, "", "migrate: error: Revision a1 already "
                + "exists (" + project.file("a1") + "); choose another id, or leave it out for a random one.\n");
        assertFails(migrate("revision", "-m", "x", "--head", "a1"), 2, "", "migrate: error: Revision a1 is not a "
                + "head: b2 follows it. To start a new branch from it, splice it ('migrate revision --head a1 --splice', or "
                + "RevisionOptions.withSplice(true)); otherwise give a head.\n");
        assertFails(migrate("revision", "-m", "x", "--format", "java"), 2, "", "migrate: error: revision --format "
                + "java needs --version-path DIR, the source folder to write the class to (such as src/main/java)\n");
        assertFails(migrate("revision", "-m", "x", "--format", "java", "--version-path", "src"), 2, "", "migrate: "
                + "error: revision --format java needs the package of the class: give --package (such as --package "
                + "com.example.migrations) or --java-packages\n");
        assertFails(migrate("merge", "heads", "-m", "x"), 2, "", "migrate: error: merge needs two or more revisions "
                + "to join, but heads names only c3; there is nothing to merge.\n");
    }
}
