package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors: exit code 2 and one message saying what to do; nothing on stdout. */
class UsageErrorTest {

    @TempDir
    Path dir;

    private Cli.Result run(String... args) {
        return Cli.in(dir).run(args);
    }

    private static void assertUsage(Cli.Result r, String expectedErr) {
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.out()).as(r.toString()).isEmpty();
        assertThat(r.err()).isEqualTo(expectedErr);
    }

    @Test
    void withoutAVerbTheUsageIsPrinted() {
        Cli.Result r = run();
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Usage: migrate [-hvVX]").contains("  upgrade    Upgrade the database to a "
                + "later revision.").contains("Exit codes: 0 success, 1 migration or database error, 2 usage error.");
    }

    @Test
    void eachVerbHasItsHelp() {
        Cli.Result r = run("upgrade", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("Usage: migrate upgrade [-hvX] [--accept-checksums] [--sql]")
                .contains("Upgrade the database to a later revision.")
                .contains("      TARGET                 heads, head, a revision (or unique prefix),\n")
                .contains("      --url=URL              JDBC URL of the database");
        assertThat(run("help", "history").out()).startsWith("Usage: migrate history [-hivX] [--json]");
    }

    @Test
    void anUnknownVerbIsNamedWithSuggestions() {
        assertUsage(run("upgrad", "head"), """
                migrate: error: Unmatched arguments from index 0: 'upgrad', 'head'
                Did you mean: migrate upgrade or migrate downgrade or migrate heads?
                Try 'migrate --help' for more information.
                """);
    }

    @Test
    void aMissingArgumentAndAnUnknownOption() {
        assertUsage(run("upgrade"), """
                migrate: error: Missing required parameter: 'TARGET'
                Try 'migrate upgrade --help' for more information.
                """);
        assertUsage(run("revision"), """
                migrate: error: Missing required option: '--message=MESSAGE'
                Try 'migrate revision --help' for more information.
                """);
        assertUsage(run("heads", "--jsn"), """
                migrate: error: Unknown option: '--jsn'
                Possible solutions: --json
                Try 'migrate heads --help' for more information.
                """);
    }

    @Test
    void aRangeIsOnlyForOfflineSql() {
        assertUsage(run("upgrade", "a1:b2"), "migrate: error: A range ('a1:b2') is only allowed with --sql; to "
                + "upgrade the database give one target, such as 'b2'\n");
        assertUsage(run("downgrade", "b2:a1"), "migrate: error: A range ('b2:a1') is only allowed with --sql; to "
                + "downgrade the database give one target, such as 'a1'\n");
        assertUsage(run("downgrade", "--sql", "base"), "migrate: error: downgrade --sql needs a range FROM:TO, "
                + "because it cannot read where the database is: for example 'downgrade --sql head:base'\n");
        assertUsage(run("--dialect", "sqlite", "stamp", "--sql", "--purge", "a1:b2"), "migrate: error: stamp --sql "
                + "with purge deletes whatever version rows the database holds, so it takes the revisions to stamp, "
                + "not a range FROM:TO: give 'b2'.\n");
        assertUsage(run("upgrade", "--sql", "--accept-checksums", "head"), "migrate: error: --accept-checksums does "
                + "not apply to --sql (no database is read); leave one of them out\n");
    }

    @Test
    void aHistoryRangeNeedsAColon() {
        assertUsage(run("history", "-r", "a1"), "migrate: error: The history range 'a1' needs a colon: write "
                + "START:END, START: or :END, for example -r a1:\n");
    }

    @Test
    void badValuesOfOptions() throws Exception {
        assertUsage(run("revision", "-m", "x", "--format", "xml"),
                "migrate: error: Unknown --format 'xml'; use sql or java\n");
        assertUsage(run("--transaction-mode", "each", "current"), "migrate: error: Unknown transaction mode 'each' "
                + "(from --transaction-mode); use per-step (each revision commits on its own) or all (one "
                + "transaction for the run)\n");
        assertUsage(run("current", "--lock-timeout", "soon"), "migrate: error: Cannot read the duration 'soon' "
                + "(from --lock-timeout); write it as 500ms, 30s, 5m, 1h or PT1M30S\n");
        assertUsage(run("--url", "mysql://root:hunter2@h/db", "current"), "migrate: error: --url is not a database "
                + "URL Migrate understands (scheme 'mysql'): give a JDBC URL such as jdbc:postgresql://host:5432/db or "
                + "jdbc:sqlite:app.db, or postgres://user:****@host:5432/db\n");
        java.nio.file.Files.createDirectories(dir.resolve("db/migrations"));
        assertUsage(run("--url", "jdbc:mysql://root:hunter2@h/db", "current"), "migrate: error: No dialect for JDBC "
                + "URL jdbc:mysql://root:****@h/db; Migrate supports jdbc:postgresql: (PostgreSQL) and jdbc:sqlite: "
                + "(SQLite)\n");
    }

    @Test
    void aVerbThatNeedsADatabaseSaysWhereItLooked() {
        assertUsage(run("current"), "migrate: error: No database given: pass --url (for example --url "
                + "jdbc:sqlite:app.db), set the environment variable DATABASE_URL, or set migrate.url in "
                + dir.resolve("migrate.properties") + " (there is no such file; 'migrate init' writes one)\n");
    }
}
