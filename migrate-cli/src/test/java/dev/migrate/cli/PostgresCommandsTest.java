package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The verbs against a real PostgreSQL server, each test on a fresh database. */
class PostgresCommandsTest extends PostgresCliTest {

    private static Cli.Result ok(Cli.Result r) {
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).as(r.toString()).isEmpty();
        return r;
    }

    /** {@code postgres://user@host:port/name} for the test database. */
    private String herokuUrl() {
        String jdbc = db.url();
        String hostAndDb = jdbc.substring("jdbc:postgresql://".length(), jdbc.indexOf('?'));
        String user = jdbc.substring(jdbc.indexOf("user=") + 5).split("&")[0];
        return "postgres://" + user + "@" + hostAndDb;
    }

    @Test
    void upgradeCurrentHistoryDowngradeAndStamp() throws Exception {
        assertThat(ok(migrate("upgrade", "head")).out()).matches("""
                Running upgrade <base> -> a1, create users
                Running upgrade a1 -> b2, add email
                Running upgrade b2 -> c3, create orders
                Upgraded to c3 in 3 steps \\(\\d+ ms\\)
                """);
        assertThat(ok(migrate("current")).out()).isEqualTo("c3 (head)\n");
        assertThat(ok(migrate("history", "-i")).out()).isEqualTo("""
                b2 -> c3 (head) (current), create orders
                a1 -> b2, add email
                <base> -> a1, create users
                """);
        assertThat(ok(migrate("downgrade", "a1")).out()).startsWith("""
                Running downgrade c3 -> b2, create orders
                Running downgrade b2 -> a1, add email
                Downgraded to a1 in 2 steps (""");
        assertThat(ok(migrate("show", "current")).out()).startsWith("Rev: a1\nParent: <base>\n");
        assertThat(ok(migrate("stamp", "c3")).out()).isEqualTo("Stamped c3 (was a1)\n");
        try (Connection c = db.connect(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT version_num FROM migrate_version")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("c3");
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void herokuStyleDatabaseUrl() {
        Cli.Result r = Cli.in(dir).env("DATABASE_URL", herokuUrl()).run("upgrade", "b2");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Upgraded to b2 in 2 steps");
        assertThat(ok(Cli.in(dir).env("DATABASE_URL", herokuUrl()).run("current")).out()).isEqualTo("b2\n");
    }

    @Test
    void aSchemaAndAnotherVersionTable() throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA ops");
        }
        ok(migrate("--schema", "ops", "--version-table", "alembic_version", "upgrade", "a1"));
        assertThat(ok(migrate("--schema", "ops", "--version-table", "alembic_version", "current", "--json")).out())
                .startsWith("{\n  \"versionTable\": \"ops.alembic_version\",\n");
        assertThat(ok(migrate("current")).out()).isEmpty();
    }

    @Test
    void verboseHistoryShowsTheLogWithTheUser() {
        ok(migrate("upgrade", "a1"));
        String out = ok(migrate("history", "-v", "-i", "-r", ":a1")).out();
        assertThat(out).containsPattern("Rev: a1 \\(current\\)\nParent: <base>\nPath: .*\nState: current\n"
                + "Log: \\S+ upgrade <base> -> a1 by postgres( on \\S+)? \\(\\d+ ms\\)\n\n    create users\n");
    }

    @Test
    void offlineSqlForPostgresql() {
        Cli.Result r = ok(Cli.in(dir).run("--dialect", "postgresql", "upgrade", "--sql", "head"));
        assertThat(r.out()).contains("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);")
                .contains("migrate_version");
    }

    @Test
    void changedChecksumsFailUntilRepaired() throws Exception {
        ok(migrate("upgrade", "b2"));
        Path a1 = project.file("a1");
        Files.writeString(a1, Files.readString(a1).replace("name TEXT", "name VARCHAR(100)"));
        Cli.Result failed = migrate("upgrade", "head");
        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
        assertThat(failed.err()).startsWith("migrate: error: ");
        assertThat(ok(migrate("repair")).out()).startsWith("Accepted the new checksum of a1 (");
        assertThat(ok(migrate("repair")).out()).isEqualTo("Nothing to repair: every applied script matches the "
                + "checksum logged when it was applied\n");
        assertThat(ok(migrate("upgrade", "head")).out()).contains("Upgraded to c3 in 1 step");
    }
}
