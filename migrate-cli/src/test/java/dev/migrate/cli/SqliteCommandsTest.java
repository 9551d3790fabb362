package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every verb against a SQLite file, run in-process with captured output. */
class SqliteCommandsTest extends CliProjectTest {

    private static Cli.Result ok(Cli.Result r) {
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).as(r.toString()).isEmpty();
        return r;
    }

    /** The script as the text output shows it: relative to the working directory. */
    private String path(String revision) {
        return dir.relativize(project.file(revision)).toString();
    }

    @Test
    void upgradeRunsEveryStepThenHasNothingToDo() {
        Cli.Result up = ok(migrate("upgrade", "head"));
        assertThat(up.out()).matches("""
                Running upgrade <base> -> a1, create users
                Running upgrade a1 -> b2, add email
                Running upgrade b2 -> c3, create orders
                Upgraded to c3 in 3 steps \\(\\d+ ms\\)
                """);
        assertThat(Project.tables(project.sqliteUrl())).contains("orders", "users", "migrate_version");
        assertThat(ok(migrate("upgrade", "heads")).out()).isEqualTo("Already at c3; nothing to upgrade\n");
    }

    @Test
    void upgradeToATargetAndByRelativeSteps() {
        assertThat(ok(migrate("upgrade", "a1")).out()).startsWith("Running upgrade <base> -> a1, create users\n"
                + "Upgraded to a1 in 1 step (");
        assertThat(ok(migrate("upgrade", "+1")).out()).startsWith("Running upgrade a1 -> b2, add email\n"
                + "Upgraded to b2 in 1 step (");
    }

    @Test
    void currentInShortLongAndJsonForm() {
        assertThat(ok(migrate("current")).out()).isEmpty();
        ok(migrate("upgrade", "b2"));
        assertThat(ok(migrate("current")).out()).isEqualTo("b2\n");
        ok(migrate("upgrade", "head"));
        assertThat(ok(migrate("current")).out()).isEqualTo("c3 (head)\n");
        assertThat(ok(migrate("current", "-v")).out()).isEqualTo("Current revision(s) for " + project.sqliteUrl()
                + ":\nRev: c3 (head)\nParent: b2\nPath: " + path("c3") + "\n\n    create orders\n\n");
        assertThat(ok(migrate("current", "--json")).out()).isEqualTo("""
                {
                  "versionTable": "migrate_version",
                  "current": [
                    {
                      "id": "c3",
                      "downRevisions": [
                        "b2"
                      ],
                      "nextRevisions": [],
                      "dependsOn": [],
                      "branchLabels": [],
                      "message": "create orders",
                      "source": "%s",
                      "head": true,
                      "effectiveHead": false,
                      "branchPoint": false,
                      "mergePoint": false,
                      "base": false,
                      "transactional": true,
                      "checksum": "%s",
                      "known": true
                    }
                  ]
                }
                """.formatted(project.file("c3"), checksum("c3")));
    }

    private String checksum(String revision) {
        String json = ok(migrate("show", revision, "--json")).out();
        int at = json.indexOf("\"checksum\": \"") + 13;
        return json.substring(at, json.indexOf('"', at));
    }

    @Test
    void historyNewestFirstWithRangesAndTheCurrentMarker() {
        assertThat(ok(migrate("history")).out()).isEqualTo("""
                b2 -> c3 (head), create orders
                a1 -> b2, add email
                <base> -> a1, create users
                """);
        ok(migrate("upgrade", "b2"));
        assertThat(ok(migrate("history", "-i")).out()).isEqualTo("""
                b2 -> c3 (head), create orders
                a1 -> b2 (current), add email
                <base> -> a1, create users
                """);
        assertThat(ok(migrate("history", "-r", "a1:b2")).out()).isEqualTo("""
                a1 -> b2, add email
                <base> -> a1, create users
                """);
        assertThat(ok(migrate("history", "-r", "current:")).out()).isEqualTo("""
                b2 -> c3 (head), create orders
                a1 -> b2, add email
                """);
        assertThat(ok(migrate("history", "-v", "-r", "b2:")).out()).isEqualTo("Rev: c3 (head)\nParent: b2\nPath: "
                + path("c3") + "\n\n    create orders\n\nRev: b2\nParent: a1\nPath: " + path("b2")
                + "\n\n    add email\n\n");
    }

    @Test
    void verboseHistoryWithTheDatabaseShowsStatesAndTheLog() {
        ok(migrate("upgrade", "a1"));
        String out = ok(migrate("history", "-v", "-i")).out();
        assertThat(out).contains("Rev: a1 (current)\nParent: <base>\nPath: " + path("a1") + "\nState: current\n"
                + "Log: ");
        assertThat(out).containsPattern("Log: \\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z upgrade <base> -> a1( on \\S+)? "
                + "\\(\\d+ ms\\)\n\n    create users\n");
        assertThat(out).contains("Rev: c3 (head)\nParent: b2\nPath: " + path("c3") + "\nState: pending\n\n");
    }

    @Test
    void historyAsJson() {
        ok(migrate("upgrade", "a1"));
        String withoutDatabase = ok(migrate("history", "--json", "-r", ":a1")).out();
        assertThat(withoutDatabase).startsWith("{\n  \"range\": \":a1\",\n  \"databaseRead\": false,\n"
                + "  \"revisions\": [\n    {\n      \"id\": \"a1\",").doesNotContain("\"state\"");
        String withDatabase = ok(migrate("history", "--json", "-i")).out();
        assertThat(withDatabase).contains("\"databaseRead\": true").contains("\"state\": \"current\",\n"
                + "      \"current\": true,\n      \"appliedChecksum\": \"" + checksum("a1") + "\"\n")
                .contains("\"state\": \"pending\",\n      \"current\": false,\n      \"appliedChecksum\": null\n");
    }

    @Test
    void downgradeStepByStepAndToBase() {
        ok(migrate("upgrade", "head"));
        assertThat(ok(migrate("downgrade", "-1")).out()).startsWith("Running downgrade c3 -> b2, create orders\n"
                + "Downgraded to b2 in 1 step (");
        assertThat(ok(migrate("downgrade", "base")).out()).startsWith("""
                Running downgrade b2 -> a1, add email
                Running downgrade a1 -> <base>, create users
                Downgraded to <base> in 2 steps (""");
        assertThat(Project.tables(project.sqliteUrl())).doesNotContain("users", "orders");
        assertThat(ok(migrate("downgrade", "base")).out()).isEqualTo("Already at <base>; nothing to downgrade\n");
    }

    @Test
    void stampSetsTheRowsWithoutRunningScripts() {
        assertThat(ok(migrate("stamp", "b2")).out()).isEqualTo("Stamped b2 (was <base>)\n");
        assertThat(Project.tables(project.sqliteUrl())).doesNotContain("users");
        assertThat(ok(migrate("current")).out()).isEqualTo("b2\n");
        assertThat(ok(migrate("stamp", "--purge", "heads")).out()).isEqualTo("Stamped c3 (was b2)\n");
        assertThat(ok(migrate("stamp", "base")).out()).isEqualTo("Stamped <base> (was c3)\n");
    }

    @Test
    void offlineSqlNeedsNoDatabase() {
        Cli.Result up = ok(Cli.in(dir).run("upgrade", "--sql", "head", "--dialect", "sqlite"));
        assertThat(up.out()).contains("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);")
                .contains("CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER);")
                .endsWith("\n");
        Cli.Result fromUrl = ok(migrate("upgrade", "--sql", "a1:c3"));
        assertThat(fromUrl.out()).contains("ALTER TABLE users ADD COLUMN email TEXT;")
                .doesNotContain("CREATE TABLE users (id");
        assertThat(dir.resolve("app.db")).doesNotExist();
        assertThat(ok(migrate("downgrade", "--sql", "c3:a1")).out()).contains("DROP TABLE orders;")
                .contains("ALTER TABLE users DROP COLUMN email;").doesNotContain("DROP TABLE users;");
        assertThat(ok(migrate("stamp", "--sql", "b2")).out()).contains("b2");
        assertThat(dir.resolve("app.db")).doesNotExist();
    }

    @Test
    void showOneRevisionOrTheCurrentOnes() {
        assertThat(ok(migrate("show", "b2")).out()).isEqualTo("Rev: b2\nParent: a1\nPath: " + path("b2")
                + "\n\n    add email\n\n");
        assertThat(ok(migrate("show", "head")).out()).startsWith("Rev: c3 (head)\n");
        ok(migrate("upgrade", "a1"));
        assertThat(ok(migrate("show", "current")).out()).isEqualTo("Rev: a1\nParent: <base>\nPath: " + path("a1")
                + "\n\n    create users\n\n");
        assertThat(ok(migrate("show", "a1", "--json")).out()).startsWith("{\n  \"revisions\": [\n    {\n"
                + "      \"id\": \"a1\",\n      \"downRevisions\": [],\n      \"nextRevisions\": [\n        \"b2\"\n");
    }

    @Test
    void headsAndBranchesOfABranchedGraph() {
        project.script("d4", "b2", "audit log", "CREATE TABLE audit (id INTEGER);", "DROP TABLE audit;",
                "branch-labels audit");
        assertThat(ok(migrate("heads")).out()).isEqualTo("c3 (head)\nd4 (audit) (head)\n");
        assertThat(ok(migrate("branches")).out()).isEqualTo("""
                b2 (branchpoint)
                   -> c3 (head)
                   -> d4 (audit) (head)

                """);
        assertThat(ok(migrate("branches", "-v")).out()).isEqualTo("Rev: b2 (branchpoint)\nParent: a1\n"
                + "Branches into: c3, d4\nPath: " + path("b2") + "\n\n    add email\n\n"
                + "   -> c3 (head), create orders\n   -> d4 (audit) (head), audit log\n\n");
        assertThat(ok(migrate("heads", "--json")).out()).startsWith("{\n  \"heads\": [\n    {\n      \"id\": \"c3\"");
        assertThat(ok(migrate("branches", "--json")).out()).startsWith("{\n  \"branchPoints\": [\n    {\n"
                + "      \"id\": \"b2\",");
        assertThat(ok(migrate("upgrade", "heads")).out()).contains("Running upgrade b2 -> d4, audit log\n");
    }

    @Test
    void revisionWritesAScriptAfterTheHead() throws Exception {
        Cli.Result r = ok(migrate("revision", "-m", "add phone", "--rev-id", "d4"));
        Path file = project.file("d4");
        assertThat(r.out()).isEqualTo("Generating " + dir.relativize(file) + " ... done\n");
        assertThat(Files.readString(file)).contains("-- migrate:revision d4\n-- migrate:down-revision c3\n"
                + "-- migrate:message add phone\n");
        assertThat(ok(migrate("heads")).out()).isEqualTo("d4 (head)\n");

        ok(migrate("revision", "-m", "side branch", "--rev-id", "e5", "--head", "b2", "--splice",
                "--branch-label", "side", "--depends-on", "a1"));
        assertThat(Files.readString(project.file("e5"))).contains("-- migrate:down-revision b2\n")
                .contains("side").contains("a1");
        assertThat(ok(migrate("heads")).out()).isEqualTo("d4 (head)\ne5 (side) (head)\n");

        Cli.Result merge = ok(migrate("merge", "heads", "-m", "join side"));
        assertThat(merge.out()).startsWith("Generating db/migrations/").endsWith(" ... done\n");
        String mergeId = merge.out().substring("Generating db/migrations/".length(), merge.out().indexOf('_'));
        assertThat(ok(migrate("heads")).out()).isEqualTo(mergeId + " (head)\n");
        assertThat(ok(migrate("show", mergeId)).out()).startsWith("Rev: " + mergeId + " (head) (mergepoint)\n"
                + "Merges: d4, e5\n");
    }

    @Test
    void mergeTakesARevIdAndBranchLabelsLikeAlembic() throws Exception {
        ok(migrate("revision", "-m", "side branch", "--rev-id", "e5", "--head", "b2", "--splice"));
        Cli.Result taken = migrate("merge", "heads", "-m", "join", "--rev-id", "b2");
        assertThat(taken.exitCode()).isEqualTo(2);
        assertThat(taken.err()).startsWith("migrate: error: Revision b2 already exists (")
                .contains("choose another id, or leave it out for a random one.");
        Cli.Result merge = ok(migrate("merge", "heads", "-m", "join side", "--rev-id", "m1", "--branch-label", "joined"));
        assertThat(merge.out()).isEqualTo("Generating " + dir.relativize(project.file("m1")) + " ... done\n");
        assertThat(Files.readString(project.file("m1"))).contains("-- migrate:revision m1\n")
                .contains("-- migrate:branch-labels joined\n");
        assertThat(ok(migrate("heads")).out()).isEqualTo("m1 (joined) (head)\n");
        assertThat(ok(migrate("show", "joined@head")).out()).startsWith("Rev: m1 (head) (mergepoint)\n");
    }

    @Test
    void revisionWritesAJavaMigrationWhenAsked() throws Exception {
        Path src = dir.resolve("src");
        Cli.Result r = ok(migrate("revision", "-m", "seed users", "--rev-id", "d4", "--format", "java",
                "--package", "com.example.migrations", "--version-path", "src"));
        assertThat(r.out()).startsWith("Generating src/").endsWith(".java ... done\n");
        try (var files = Files.walk(src)) {
            Path java = files.filter(p -> p.toString().endsWith(".java")).findFirst().orElseThrow();
            assertThat(Files.readString(java)).contains("package com.example.migrations;").contains("\"d4\"")
                    .contains("\"c3\"").contains("implements Migration");
        }
    }

    @Test
    void configurationFromMigratePropertiesAndDatabaseUrl() throws Exception {
        Files.writeString(dir.resolve("migrate.properties"), "migrate.url=" + project.sqliteUrl() + "\n");
        assertThat(ok(Cli.in(dir).run("upgrade", "a1")).out()).startsWith("Running upgrade <base> -> a1");
        Path other = dir.resolve("other.db");
        ok(Cli.in(dir).env("DATABASE_URL", "jdbc:sqlite:" + other).run("upgrade", "b2"));
        assertThat(ok(Cli.in(dir).run("current")).out()).isEqualTo("a1\n");
        assertThat(ok(Cli.in(dir).run("--url", "jdbc:sqlite:" + other, "current")).out()).isEqualTo("b2\n");
        Files.writeString(dir.resolve("prod.properties"), "migrate.url=jdbc:sqlite:" + other + "\n"
                + "migrate.version-table=alembic_version\n");
        assertThat(ok(Cli.in(dir).run("--config", "prod.properties", "current")).out()).isEmpty();
    }

    @Test
    void thePasswordIsAskedForWhenGivenWithoutAValue() {
        Cli.Result r = Cli.in(dir).typing("s3cret").run("--url", project.sqliteUrl(), "current",
                "--password");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).isEqualTo("Password for " + project.sqliteUrl() + ": ");
    }
}
