package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What {@code check} and {@code revision --autogenerate} say when the declared schema or the options are wrong. */
class AutogenerateErrorsTest extends CliProjectTest {

    @Override
    Project createProject(Path dir) {
        return new Project(dir).withDeclaredSchema();
    }

    private static String fails(int code, Cli.Result r) {
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(code);
        assertThat(r.out()).as(r.toString()).isEmpty();
        return r.err();
    }

    @Test
    void withoutADeclaredSchema() {
        assertThat(fails(2, migrate("check"))).isEqualTo("migrate: error: 'check' compares the declared schema with "
                + "the database, and none is given: pass --metadata com.example.db.Schema (a class with one public "
                + "static MetaData field or method, or a dev.migrate.schema.MetaDataProvider) with --classpath naming "
                + "its compiled classes and their dependencies (such as --classpath target/classes), or set "
                + "migrate.metadata and migrate.classpath in migrate.properties\n");
        assertThat(fails(2, migrate("revision", "--autogenerate", "-m", "x")))
                .startsWith("migrate: error: 'revision --autogenerate' compares the declared schema with the "
                        + "database, and none is given: pass --metadata ");
    }

    @Test
    void anUnknownClass() {
        assertThat(fails(2, migrate("check", "--metadata", "com.example.db.Missing", "--classpath", "classes")))
                .isEqualTo("migrate: error: Could not load the declared schema: class com.example.db.Missing (named by "
                        + "--metadata) is not on the classpath; the classpath searched is " + dir.resolve("classes")
                        + ": check the class name, and that these folders or jars hold the compiled application and "
                        + "its dependencies\n");
        assertThat(fails(2, migrate("check", "--metadata", DeclaredSchema.V1)))
                .isEqualTo("migrate: error: Could not load the declared schema: class com.example.db.Schema (named by "
                        + "--metadata) is not on the classpath, and no classpath is given: pass --classpath with the "
                        + "jars or class folders that hold it and its dependencies (such as --classpath "
                        + "target/classes), or set migrate.classpath in migrate.properties\n");
        assertThat(fails(2, migrate("check", "--metadata", DeclaredSchema.V1, "--classpath", "target/classes")))
                .startsWith("migrate: error: The classpath entry 'target/classes' (from --classpath) does not exist");
    }

    @Test
    void aClassThatDoesNotSayWhichSchema() {
        assertThat(fails(2, migrate("check", "--metadata", DeclaredSchema.CLASS, "--classpath", "classes")))
                .isEqualTo("migrate: error: Class com.example.db.Schema does not say which schema to use: it should "
                        + "implement dev.migrate.schema.MetaDataProvider, or have exactly one public static MetaData "
                        + "field or no-argument method, but it has 2 (V1, v2). Name one as com.example.db.Schema#member "
                        + "(named by --metadata)\n");
        assertThat(fails(2, migrate("check", "--metadata", DeclaredSchema.CLASS + "#V3", "--classpath", "classes")))
                .isEqualTo("migrate: error: Class com.example.db.Schema has no public static MetaData field or "
                        + "no-argument method named V3; it has 2 (V1, v2): write one of those after the #, such as "
                        + "com.example.db.Schema#V1 (named by --metadata)\n");
    }

    @Test
    void badPatterns() {
        assertThat(fails(2, migrate("check", "--include-tables", " devices", "--metadata", DeclaredSchema.V1,
                "--classpath", "classes")))
                .isEqualTo("migrate: error: Bad --include-tables pattern ' devices': The table name pattern "
                        + "' devices' has leading or trailing spaces; remove them\n");
        assertThat(fails(2, migrate("revision", "--autogenerate", "-m", "x", "--exclude-tables", "^audit_.*$",
                "--metadata", DeclaredSchema.V1, "--classpath", "classes")))
                .isEqualTo("migrate: error: Bad --exclude-tables pattern '^audit_.*$': it looks like a regular "
                        + "expression, but patterns are table names with * (any characters) and ? (one character), "
                        + "such as 'audit_*'\n");
        assertThat(project.migrations.toFile().list()).isEmpty();
    }

    @Test
    void schemaOptionsWithoutAutogenerate() {
        assertThat(fails(2, migrate("revision", "-m", "x", "--metadata", DeclaredSchema.V1)))
                .isEqualTo("migrate: error: --metadata, --include-tables, --exclude-tables and "
                        + "--compare-server-defaults apply to revision --autogenerate only; add --autogenerate or "
                        + "leave them out\n");
    }

    @Test
    void aDatabaseBehindTheScripts() {
        project.script("a1", null, "create devices", "CREATE TABLE devices (id INTEGER PRIMARY KEY);",
                "DROP TABLE devices;");
        assertThat(fails(1, migrate("check", "--metadata", DeclaredSchema.V1, "--classpath", "classes")))
                .isEqualTo("migrate: error: The database is not up to date, so 'check' would compare the declared "
                        + "schema with an old schema: it is at base and the scripts' heads are a1. Run 'migrate "
                        + "upgrade heads' first\n");
        assertThat(fails(1, migrate("revision", "--autogenerate", "-m", "x", "--metadata", DeclaredSchema.V1,
                "--classpath", "classes"))).contains("so 'revision --autogenerate' would compare");
    }
}
