package dev.migrate.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.migrate.command.Migrator;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

class MigrateFailureAnalyzerTests {

    private static final String FILE = "classpath:db/failing/b2_break_things.sql";

    @TempDir
    Path dir;

    private final MigrateFailureAnalyzer analyzer = new MigrateFailureAnalyzer();

    private Migrator migrator(String location) {
        return Migrator.builder().url("jdbc:sqlite:" + dir.resolve("app.db")).locations(location).build();
    }

    @Test
    void failedMigrationNamesTheRevisionFileStatementAndWhatToDo() {
        Throwable failure = catchThrowable(() -> migrator("classpath:db/failing").upgrade());
        FailureAnalysis analysis = analyzer.analyze(new BeanCreationException("migrateInitializer", "failed", failure));
        assertThat(analysis.getDescription()).isEqualTo("""
                Migrate could not apply revision b2 (break things) from %s.

                The statement at %s, line 7 failed:

                    ALTER TABLE no_such_table ADD COLUMN note VARCHAR(20)

                The database said: [SQLITE_ERROR] SQL error or missing database (no such table: no_such_table)

                The step was rolled back; the database is still at a1.""".formatted(FILE, FILE));
        assertThat(analysis.getAction()).isEqualTo("Fix the statement in " + FILE + " (or the database it expects), "
                + "then start the application again: Migrate resumes from a1.");
        assertThat(analysis.getCause()).isSameAs(failure);
    }

    @Test
    void aDatabaseThatRefusesToWriteGetsItsOwnRemedyNotAScriptFix() {
        migrator("classpath:db/app").upgrade("a1");
        Migrator readOnly = Migrator.builder().url("jdbc:sqlite:file:" + dir.resolve("app.db") + "?mode=ro")
                .locations("classpath:db/app").build();
        Throwable failure = catchThrowable(readOnly::upgrade);
        FailureAnalysis analysis = analyzer.analyze(new BeanCreationException("migrateInitializer", "failed", failure));
        assertThat(analysis.getDescription()).contains("The database said: [SQLITE_READONLY]");
        assertThat(analysis.getAction()).isEqualTo("The SQLite database is read-only for this program: give it write "
                + "access to the file and to its folder, where SQLite writes its journal (and open the file without "
                + "mode=ro), then start the application again: Migrate resumes from a1.");
    }

    @Test
    void startupExceptionsCarryTheirOwnAnalysis() {
        MigrateStartupException failure = new MigrateStartupException("What is wrong.", "What to do.", null);
        FailureAnalysis analysis = analyzer.analyze(new IllegalStateException("wrapped", failure));
        assertThat(analysis.getDescription()).isEqualTo("What is wrong.");
        assertThat(analysis.getAction()).isEqualTo("What to do.");
    }

    @Test
    void databaseAheadOfTheCode() throws Exception {
        Migrator migrator = migrator("classpath:db/app");
        migrator.upgrade();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
                Statement st = c.createStatement()) {
            st.execute("UPDATE migrate_version SET version_num = 'd4'");
        }
        Throwable failure = catchThrowable(migrator::upgrade);
        FailureAnalysis analysis = analyzer.analyze(failure);
        assertThat(analysis.getDescription()).isEqualTo(failure.getMessage());
        assertThat(analysis.getAction()).isEqualTo(
                "Deploy the code that has d4, or downgrade the database with that code first.");
    }

    @Test
    void otherFailuresAreLeftToSpringBoot() {
        assertThat(analyzer.analyze(new IllegalStateException("something else"))).isNull();
    }
}
