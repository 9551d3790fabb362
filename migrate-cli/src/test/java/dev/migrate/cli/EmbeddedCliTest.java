package dev.migrate.cli;

import static dev.migrate.schema.SqlType.INTEGER;
import static dev.migrate.schema.SqlType.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.command.MigrateConfig;
import dev.migrate.command.Migrator;
import dev.migrate.schema.MetaData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line inside an application: its configuration and declared schema, no connection options. */
class EmbeddedCliTest {

    @TempDir
    Path dir;

    private Project project;
    private MigrateConfig config;

    /** The schema of {@link Project#linear()}: users (with email) and orders. */
    private static final MetaData DECLARED = MetaData.builder()
            .table("users", t -> t.column("id", INTEGER, c -> c.primaryKey()).column("name", TEXT)
                    .column("email", TEXT))
            .table("orders", t -> t.column("id", INTEGER, c -> c.primaryKey()).column("user_id", INTEGER))
            .build();

    @BeforeEach
    void setUp() {
        project = new Project(dir).linear();
        config = Migrator.builder().url(project.sqliteUrl()).locations("filesystem:" + project.migrations).config();
    }

    private Cli.Result run(MetaData metaData, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new EmbeddedCli(config, metaData).run(List.of(args), new PrintWriter(out), new PrintWriter(err));
        return new Cli.Result(code, out.toString(), err.toString());
    }

    @Test
    void runsVerbsWithTheApplicationsConfigurationAndSchema() {
        Cli.Result upgrade = run(DECLARED, "upgrade", "heads");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        assertThat(upgrade.out()).contains("Upgraded to c3 in 3 steps");
        assertThat(run(DECLARED, "current").out()).isEqualTo("c3 (head)\n");
        assertThat(run(DECLARED, "check").out()).isEqualTo("No changes detected\n");

        MetaData.Builder builder = MetaData.builder();
        DECLARED.tables().forEach(builder::table);
        MetaData more = builder.table("audit", t -> t.column("id", INTEGER, c -> c.primaryKey())).build();
        Cli.Result drift = run(more, "check");
        assertThat(drift.exitCode()).as(drift.toString()).isEqualTo(1);
        assertThat(drift.out()).startsWith("1 difference between the declared schema and the database:\n"
                + "  - added table 'audit'\n");
        Cli.Result generated = run(more, "revision", "--autogenerate", "-m", "add audit", "--rev-id", "d4");
        assertThat(generated.exitCode()).as(generated.toString()).isZero();
        assertThat(generated.out()).startsWith("Detected added table 'audit'\nGenerating ")
                .endsWith("d4_add_audit.sql ... done\n");
        assertThat(run(more, "upgrade", "heads").exitCode()).isZero();
        assertThat(run(more, "check").out()).isEqualTo("No changes detected\n");
        // Options override the application's configuration.
        assertThat(run(more, "--version-table", "other_version", "current").out()).isEmpty();
    }

    @Test
    void refusesConnectionOptionsAndSaysWhatToDoWithoutASchema() {
        Cli.Result url = run(DECLARED, "--url", "jdbc:sqlite:other.db", "current");
        assertThat(url.exitCode()).isEqualTo(2);
        assertThat(url.err()).isEqualTo("migrate: error: --url is not used when the application runs the verb: it "
                + "connects with its own DataSource. Configure that instead (spring.datasource.*, or migrate.url for "
                + "a dedicated connection) and leave --url out\n");
        Cli.Result none = run(null, "check");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("migrate: error: 'check' compares the declared schema with the database, "
                + "and none is given: declare a MetaData @Bean in the application, or pass --metadata "
                + "com.example.db.Schema (a class with one public static MetaData field or method, or a "
                + "dev.migrate.schema.MetaDataProvider)\n");
    }
}
