package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;

/** Errors against a real PostgreSQL server: message word for word and exit code. */
class PostgresErrorsTest extends PostgresCliTest {

    /** The URL of a database that does not exist on the same server. */
    private String missingDatabaseUrl() {
        return db.url().replace("/" + db.name(), "/" + db.name() + "_missing");
    }

    @Test
    void aFailingStepIsRolledBackWhole() throws Exception {
        project.script("d4", "c3", "two tables", "CREATE TABLE t1 (id int);\nCREATE TABLE users (id int);",
                "DROP TABLE t1;");
        Cli.Result r = migrate("upgrade", "heads");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).endsWith("Running upgrade c3 -> d4, two tables\n");
        assertThat(r.err()).isEqualTo("migrate: error: Upgrade of revision d4 (two tables) failed at "
                + project.file("d4") + ", line 7: ERROR: relation \"users\" already exists\n"
                + "Statement: CREATE TABLE users (id int)\n"
                + "The step was rolled back: the database stays at c3. Fix the script and run the upgrade again.\n");
        try (Connection c = db.connect();
                var rs = c.getMetaData().getTables(null, "public", "t1", null)) {
            assertThat(rs.next()).as("t1 was rolled back").isFalse();
        }
        assertThat(migrate("current").out()).isEqualTo("c3\n");
    }

    @Test
    void aMissingDatabaseIsNamedAndThePasswordNeverShown() {
        Cli.Result r = Cli.in(dir).run("--url", missingDatabaseUrl(), "--password", "hunter2", "current");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("migrate: error: Could not connect to " + missingDatabaseUrl() + " (check the "
                + "URL, user and password, and that the database is running): FATAL: database \"" + db.name()
                + "_missing\" does not exist [SQLState 3D000]\n");
        Cli.Result traced = Cli.in(dir).run("-X", "--url", missingDatabaseUrl() + "&password=hunter2", "current");
        assertThat(traced.exitCode()).isEqualTo(1);
        assertThat(traced.err()).contains("password=****").contains("\tat ").doesNotContain("hunter2");
    }

    @Test
    void anotherMigrationHoldingTheAdvisoryLockTimesOut() throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256")
                .digest("migrate:public.migrate_version".getBytes(StandardCharsets.UTF_8));
        long key = 0;
        for (int i = 0; i < 8; i++) {
            key = (key << 8) | (hash[i] & 0xff);
        }
        try (Connection holder = db.connect();
                PreparedStatement ps = holder.prepareStatement("SELECT pg_advisory_lock(?)")) {
            ps.setLong(1, key);
            ps.executeQuery().close();
            Cli.Result r = migrate("--lock-timeout", "1s", "upgrade", "heads");
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).matches("migrate: error: Timed out after 1 s waiting for .*\n"
                    + "migrate: hint: on the command line, the wait is set with --lock-timeout, for example "
                    + "--lock-timeout 5m\n");
        }
    }
}
