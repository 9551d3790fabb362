package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** {@code revision --autogenerate} and {@code check} against a real PostgreSQL server, each on a fresh database. */
class PostgresAutogenerateTest extends PostgresCliTest {

    @Override
    Project createProject(Path dir) {
        return new Project(dir).withDeclaredSchema();
    }

    private static Cli.Result exit(int code, Cli.Result r) {
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(code);
        assertThat(r.err()).as(r.toString()).isEmpty();
        return r;
    }

    @Test
    void autogenerateUpgradeCheckThenDriftIsReported() throws Exception {
        assertThat(exit(0, migrate("revision", "--autogenerate", "-m", "create tables", "--rev-id", "a1",
                "--metadata", DeclaredSchema.V1, "--classpath", "classes")).out()).isEqualTo("""
                Detected added table 'devices'
                Detected added table 'readings'
                Generating db/migrations/a1_create_tables.sql ... done
                """);
        assertThat(Files.readString(project.migrations.resolve("a1_create_tables.sql")))
                .contains("CREATE TABLE devices").contains("REFERENCES devices");
        exit(0, migrate("upgrade", "head"));
        assertThat(exit(0, migrate("check", "--metadata", DeclaredSchema.V1, "--classpath", "classes")).out())
                .isEqualTo("No changes detected\n");

        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement st = c.createStatement()) {
            st.execute("ALTER TABLE readings ALTER COLUMN celsius SET NOT NULL");
        }
        assertThat(exit(1, migrate("check", "--metadata", DeclaredSchema.V1, "--classpath", "classes")).out())
                .startsWith("1 difference between the declared schema and the database:\n  - ")
                .contains("readings.celsius")
                .endsWith("Write a migration for them with: migrate revision --autogenerate -m \"MESSAGE\"\n");
        assertThat(exit(0, migrate("check", "--exclude-tables", "read*", "--metadata", DeclaredSchema.V1,
                "--classpath", "classes")).out()).isEqualTo("No changes detected\n");

        // The declaration moves on: the generated script applies and check is clean again.
        exit(0, migrate("revision", "--autogenerate", "-m", "add description", "--rev-id", "b2", "--include-tables",
                "devices", "--metadata", DeclaredSchema.V2, "--classpath", "classes"));
        assertThat(Files.readString(project.migrations.resolve("b2_add_description.sql")))
                .contains("ADD COLUMN description TEXT").doesNotContain("celsius");
        exit(0, migrate("upgrade", "heads"));
        assertThat(exit(0, migrate("check", "--include-tables", "devices", "--metadata", DeclaredSchema.V2,
                "--classpath", "classes")).out()).isEqualTo("No changes detected\n");
    }

    @Test
    void aJavaMigrationIsWrittenCompiledAndApplied() throws Exception {
        Cli.Result r = exit(0, migrate("revision", "--autogenerate", "-m", "create tables", "--rev-id", "a1",
                "--format", "java", "--version-path", "src/main/java", "--package", "com.example.migrations",
                "--metadata", DeclaredSchema.V1, "--classpath", "classes"));
        Path source = dir.resolve("src/main/java/com/example/migrations/Ra1_CreateTables.java");
        assertThat(r.out()).endsWith("Generating src/main/java/com/example/migrations/Ra1_CreateTables.java ... done\n");
        DeclaredSchema.compile(source, dir.resolve("classes"));
        exit(0, migrate("upgrade", "heads", "--classpath", "classes", "--java-packages", "com.example.migrations"));
        assertThat(exit(0, migrate("check", "--metadata", DeclaredSchema.V1, "--classpath", "classes",
                "--java-packages", "com.example.migrations")).out()).isEqualTo("No changes detected\n");
    }
}
