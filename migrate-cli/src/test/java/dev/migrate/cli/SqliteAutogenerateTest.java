package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code revision --autogenerate} and {@code check} on a SQLite file, with a schema class found by --classpath. */
class SqliteAutogenerateTest extends CliProjectTest {

    @Override
    Project createProject(Path dir) {
        return new Project(dir).withDeclaredSchema();
    }

    private static Cli.Result exit(int code, Cli.Result r) {
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(code);
        return r;
    }

    private static Cli.Result ok(Cli.Result r) {
        exit(0, r);
        assertThat(r.err()).as(r.toString()).isEmpty();
        return r;
    }

    private List<Path> scripts() throws Exception {
        try (var files = Files.list(project.migrations)) {
            return files.sorted().toList();
        }
    }

    @Test
    void autogenerateWritesAScriptThatUpgradeAppliesAndThenCheckIsClean() throws Exception {
        Cli.Result generated = ok(migrate("revision", "--autogenerate", "-m", "create tables", "--rev-id", "a1",
                "--metadata", DeclaredSchema.V1, "--classpath", "classes"));
        assertThat(generated.out()).isEqualTo("""
                Detected added table 'devices'
                Detected added table 'readings'
                Generating db/migrations/a1_create_tables.sql ... done
                """);
        String script = Files.readString(project.migrations.resolve("a1_create_tables.sql"));
        assertThat(script).contains("-- migrate:revision a1").contains("CREATE TABLE devices")
                .contains("CREATE TABLE readings");
        assertThat(script.indexOf("CREATE TABLE devices")).isLessThan(script.indexOf("CREATE TABLE readings"));

        ok(migrate("upgrade", "head"));
        assertThat(Project.tables(project.sqliteUrl())).contains("devices", "readings");
        assertThat(ok(migrate("check", "--metadata", DeclaredSchema.V1, "--classpath", "classes")).out())
                .isEqualTo("No changes detected\n");

        // The declaration changes: check fails, autogenerate writes the change, upgrade applies it, check is clean.
        Cli.Result drift = exit(1, migrate("check", "--metadata", DeclaredSchema.V2, "--classpath", "classes"));
        assertThat(drift.out()).isEqualTo("""
                1 difference between the declared schema and the database:
                  - added column 'devices.description' (TEXT)
                Write a migration for them with: migrate revision --autogenerate -m "MESSAGE"
                """);
        assertThat(drift.err()).isEmpty();
        assertThat(ok(migrate("revision", "--autogenerate", "-m", "add description", "--rev-id", "b2",
                "--metadata", DeclaredSchema.V2, "--classpath", "classes")).out()).isEqualTo("""
                Detected added column 'devices.description' (TEXT)
                Generating db/migrations/b2_add_description.sql ... done
                """);
        ok(migrate("upgrade", "head"));
        assertThat(ok(migrate("check", "--metadata", DeclaredSchema.V2, "--classpath", "classes")).out())
                .isEqualTo("No changes detected\n");

        // The downgrade the script holds takes the column away again.
        assertThat(columns("devices")).containsExactly("id", "name", "description");
        ok(migrate("downgrade", "a1"));
        assertThat(columns("devices")).containsExactly("id", "name");
    }

    private List<String> columns(String table) throws Exception {
        try (Connection c = DriverManager.getConnection(project.sqliteUrl()); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT name FROM pragma_table_info('" + table + "') ORDER BY cid")) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        }
    }

    @Test
    void theSchemaClassAndClasspathMayComeFromTheProperties() throws Exception {
        Files.writeString(dir.resolve("migrate.properties"), """
                migrate.metadata=com.example.db.Schema#V1
                migrate.classpath=classes
                """);
        ok(migrate("revision", "--autogenerate", "-m", "create tables", "--rev-id", "a1"));
        ok(migrate("upgrade", "heads"));
        assertThat(ok(migrate("check")).out()).isEqualTo("No changes detected\n");
        // --metadata wins over the file.
        assertThat(exit(1, migrate("check", "--metadata", DeclaredSchema.V2)).out())
                .contains("added column 'devices.description' (TEXT)");
    }

    @Test
    void anEmptyComparisonStillWritesARevision() throws Exception {
        ok(migrate("revision", "--autogenerate", "-m", "create tables", "--rev-id", "a1", "--metadata",
                DeclaredSchema.V1, "--classpath", "classes"));
        ok(migrate("upgrade", "heads"));
        assertThat(ok(migrate("revision", "--autogenerate", "-m", "nothing", "--rev-id", "b2", "--metadata",
                DeclaredSchema.V1, "--classpath", "classes")).out()).isEqualTo("""
                No changes detected; the revision's upgrade and downgrade are empty
                Generating db/migrations/b2_nothing.sql ... done
                """);
        assertThat(scripts()).hasSize(2);
    }

    @Test
    void checkListsDriftMadeByHandAndFiltersTables() throws Exception {
        ok(migrate("revision", "--autogenerate", "-m", "create tables", "--rev-id", "a1", "--metadata",
                DeclaredSchema.V1, "--classpath", "classes"));
        ok(migrate("upgrade", "heads"));
        try (Connection c = DriverManager.getConnection(project.sqliteUrl()); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE audit_log (id INTEGER PRIMARY KEY, what TEXT)");
        }
        Cli.Result drift = exit(1, migrate("check", "--metadata", DeclaredSchema.V1, "--classpath", "classes"));
        assertThat(drift.out()).startsWith("1 difference between the declared schema and the database:\n"
                + "  - removed table 'audit_log'\n");

        assertThat(exit(1, migrate("check", "--json", "--metadata", DeclaredSchema.V1, "--classpath", "classes"))
                .out()).isEqualTo("""
                {
                  "matches": false,
                  "differences": [
                    {
                      "kind": "remove_table",
                      "table": "audit_log",
                      "subject": "audit_log",
                      "description": "removed table 'audit_log'"
                    }
                  ],
                  "notes": []
                }
                """);
        assertThat(ok(migrate("check", "--exclude-tables", "audit_*", "--metadata", DeclaredSchema.V1,
                "--classpath", "classes")).out()).isEqualTo("No changes detected\n");
        assertThat(ok(migrate("check", "--include-tables", "DEVICES,readings", "--metadata", DeclaredSchema.V1,
                "--classpath", "classes")).out()).isEqualTo("No changes detected\n");
        assertThat(ok(migrate("check", "--json", "--exclude-tables", "audit_*", "--metadata", DeclaredSchema.V1,
                "--classpath", "classes")).out()).isEqualTo("""
                {
                  "matches": true,
                  "differences": [],
                  "notes": []
                }
                """);
    }

    @Test
    void serverDefaultsAreComparedOnlyWhenAsked() throws Exception {
        project.script("a1", null, "create tables", """
                CREATE TABLE devices (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(100) NOT NULL DEFAULT 'x');
                CREATE TABLE readings (id INTEGER NOT NULL PRIMARY KEY,
                    device_id INTEGER NOT NULL REFERENCES devices (id), celsius REAL);""",
                "DROP TABLE readings; DROP TABLE devices;");
        ok(migrate("upgrade", "heads"));
        assertThat(ok(migrate("check", "--metadata", DeclaredSchema.V1, "--classpath", "classes")).out())
                .isEqualTo("No changes detected\n");
        assertThat(exit(1, migrate("check", "--compare-server-defaults", "--metadata", DeclaredSchema.V1,
                "--classpath", "classes")).out()).contains("devices.name");
    }
}
