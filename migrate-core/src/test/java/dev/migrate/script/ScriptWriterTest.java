package dev.migrate.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.graph.Revision;
import dev.migrate.jdbc.SqlStatement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptWriterTest {

    @TempDir
    Path dir;

    private final NewRevision addDescription = new NewRevision("3f2a9c1b7d4e", List.of("1a2b3c4d5e6f"),
            "add description to devices", Set.of(), List.of(), true);

    @Test
    void randomIdsAreTwelveHexDigits() {
        assertThat(ScriptWriter.randomId()).matches("[0-9a-f]{12}");
        assertThat(ScriptWriter.randomId()).isNotEqualTo(ScriptWriter.randomId());
        assertThat(NewRevision.of("x").id()).matches("[0-9a-f]{12}");
    }

    @Test
    void slugs() {
        assertThat(ScriptWriter.slug("Add description to Devices!")).isEqualTo("add_description_to_devices");
        assertThat(ScriptWriter.slug("  café / naïve -- v2 ")).isEqualTo("cafe_naive_v2");
        assertThat(ScriptWriter.slug("a very long message that goes on and on beyond forty characters"))
                .isEqualTo("a_very_long_message_that_goes_on_and_on").hasSizeLessThanOrEqualTo(ScriptWriter.MAX_SLUG);
        assertThat(ScriptWriter.slug("123456789 123456789 123456789 123456789 x")).isEqualTo(
                "123456789_123456789_123456789_123456789");
        assertThat(ScriptWriter.slug("!!!")).isEmpty();
        assertThat(ScriptWriter.slug(null)).isEmpty();
        assertThat(ScriptWriter.sqlFileName(addDescription)).isEqualTo("3f2a9c1b7d4e_add_description_to_devices.sql");
        assertThat(ScriptWriter.sqlFileName(addDescription.withId("abc").withTransactional(false)
                .withBranchLabels().withDependsOn())).isEqualTo("abc_add_description_to_devices.sql");
        assertThat(ScriptWriter.sqlFileName(NewRevision.of("").withId("abc"))).isEqualTo("abc.sql");
    }

    @Test
    void rendersTheSqlTemplate() {
        assertThat(ScriptWriter.renderSql(addDescription, "", "")).isEqualTo("""
                -- migrate:revision 3f2a9c1b7d4e
                -- migrate:down-revision 1a2b3c4d5e6f
                -- migrate:message add description to devices

                -- migrate:upgrade

                -- migrate:downgrade
                """);
        NewRevision merge = new NewRevision("c0ffee", List.of("a1", "b2"), "merge\r\nheads", Set.of("main"),
                List.of("x9"), false);
        assertThat(ScriptWriter.renderSql(merge, "\n\nCREATE INDEX CONCURRENTLY i ON t (x);\n\n\n",
                "DROP INDEX CONCURRENTLY i;")).isEqualTo("""
                -- migrate:revision c0ffee
                -- migrate:down-revision a1, b2
                -- migrate:message merge heads
                -- migrate:branch-labels main
                -- migrate:depends-on x9
                -- migrate:transactional false

                -- migrate:upgrade
                CREATE INDEX CONCURRENTLY i ON t (x);

                -- migrate:downgrade
                DROP INDEX CONCURRENTLY i;
                """);
        assertThat(ScriptWriter.renderSql(NewRevision.of("").withId("b"), null, null)).startsWith(
                "-- migrate:revision b\n-- migrate:down-revision\n-- migrate:message\n\n-- migrate:upgrade\n");
    }

    @Test
    void writtenScriptsLoadBackAsTheSameRevision() {
        NewRevision merge = new NewRevision("c0ffee", List.of("a1", "b2"), "merge heads", Set.of("main"),
                List.of("x9"), false);
        Path file = ScriptWriter.writeSql(dir.resolve("db/migrations"), merge, "SELECT 1;\nSELECT 2;", "SELECT 3;");
        assertThat(file).isEqualTo(dir.resolve("db/migrations/c0ffee_merge_heads.sql"));
        SqlScript s = (SqlScript) new ScriptLoader(getClass().getClassLoader()).load(dir.resolve("db/migrations")
                .toString()).get("c0ffee");
        assertThat(s.revision()).isEqualTo(new Revision("c0ffee", List.of("a1", "b2"), Set.of("main"), List.of("x9"),
                "merge heads", dir + "/db/migrations/c0ffee_merge_heads.sql"));
        assertThat(s.transactional()).isFalse();
        assertThat(s.upgradeStatements()).extracting(SqlStatement::sql).containsExactly("SELECT 1", "SELECT 2");
        assertThat(s.downgradeStatements()).extracting(SqlStatement::sql).containsExactly("SELECT 3");
        NewRevision emptyOne = NewRevision.of("empty one");
        Path empty = ScriptWriter.writeSql(dir.resolve("other"), emptyOne);
        SqlScript e = (SqlScript) new ScriptLoader(getClass().getClassLoader()).load(dir.resolve("other").toString())
                .get(emptyOne.id());
        assertThat(e.fileName()).isEqualTo(empty.getFileName().toString());
        assertThat(e.upgradeStatements()).isEmpty();
        assertThat(e.downgradeStatements()).isEmpty();
    }

    @Test
    void neverOverwrites() throws Exception {
        Path file = ScriptWriter.writeSql(dir, addDescription);
        String before = Files.readString(file);
        assertThatThrownBy(() -> ScriptWriter.writeSql(dir, addDescription, "DROP TABLE x;", ""))
                .isInstanceOf(ScriptException.class)
                .hasMessage("Could not write a script for revision 3f2a9c1b7d4e: " + file + " already has that id."
                        + " Choose another id, or leave it to Migrate.");
        NewRevision other = new NewRevision("3f2a9c1b7d4e", List.of(), "other message", Set.of(), List.of(), true);
        assertThatThrownBy(() -> ScriptWriter.writeSql(dir, other))
                .hasMessage("Could not write a script for revision 3f2a9c1b7d4e: " + file + " already has that id."
                        + " Choose another id, or leave it to Migrate.");
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void refusesToOverwriteAFileThatIsNotAScriptOfTheId() throws Exception {
        NewRevision r = NewRevision.of("x").withId("abc");
        Files.createDirectories(dir.resolve("abc_x.sql"));
        assertThatThrownBy(() -> ScriptWriter.writeSql(dir, r)).hasMessage("Could not write a script for revision abc: "
                + dir.resolve("abc_x.sql") + " already has that id. Choose another id, or leave it to Migrate.");
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.writeString(sub.resolve("other.sql"), "");
        Path target = sub.resolve("abd_x.sql");
        Files.writeString(target, "keep");
        assertThatThrownBy(() -> ScriptWriter.writeSql(sub, r.withId("abd")))
                .hasMessageStartingWith("Could not write a script for revision abd: " + target);
    }

    @Test
    void validatesNewRevisions() {
        assertThatThrownBy(() -> NewRevision.of("m").withId("no-dashes")).isInstanceOf(ScriptException.class)
                .hasMessage("'no-dashes' is not a valid revision id; use 1 to 32 letters, digits or underscores, or"
                        + " let Migrate choose one.");
        assertThatThrownBy(() -> NewRevision.of("m", "a b")).hasMessage(
                "'a b' is not a valid down revision; use 1 to 32 letters, digits or underscores.");
        assertThatThrownBy(() -> NewRevision.of("m").withBranchLabels("x,y")).hasMessage(
                "'x,y' is not a valid branch label; use a name without spaces or commas.");
        assertThatThrownBy(() -> NewRevision.of("m", "a", "a")).hasMessage(
                "The down revision 'a' is given twice; give it once.");
    }

    @Test
    void rendersAJavaMigration() {
        NewRevision r = new NewRevision("3f2a9c1b7d4e", List.of("1a2b3c4d5e6f"), "add \"description\" \\ to devices",
                Set.of(), List.of(), true);
        assertThat(ScriptWriter.javaClassName(r)).isEqualTo("R3f2a9c1b7d4e_AddDescriptionToDevices");
        assertThat(ScriptWriter.renderJava(r, "com.example.db.migrations", "R3f2a9c1b7d4e_AddDescriptionToDevices",
                "op.execute(\"ALTER TABLE devices ADD COLUMN description TEXT\");\n\nop.execute(\"SELECT 1\");",
                "", List.of("java.util.List"))).isEqualTo("""
                package com.example.db.migrations;

                import dev.migrate.op.Migration;
                import dev.migrate.op.MigrationRevision;
                import dev.migrate.op.Ops;
                import java.util.List;

                @MigrationRevision(id = "3f2a9c1b7d4e", down = "1a2b3c4d5e6f", message = "add \\"description\\" \\\\ to devices")
                public final class R3f2a9c1b7d4e_AddDescriptionToDevices implements Migration {

                    @Override
                    public void upgrade(Ops op) throws Exception {
                        op.execute("ALTER TABLE devices ADD COLUMN description TEXT");

                        op.execute("SELECT 1");
                    }

                    @Override
                    public void downgrade(Ops op) throws Exception {
                    }
                }
                """);
        NewRevision merge = new NewRevision("m1", List.of("a", "b"), "", Set.of("x"), List.of("d"), false);
        assertThat(ScriptWriter.javaClassName(merge)).isEqualTo("Rm1");
        assertThat(ScriptWriter.renderJava(merge, "p", "Rm1", "", "", List.of())).contains(
                "@MigrationRevision(id = \"m1\", down = {\"a\", \"b\"}, branchLabels = \"x\", dependsOn = \"d\","
                        + " transactional = false)\npublic final class Rm1 implements Migration {");
    }

    @Test
    void javaStringLiteralsEscapeWhatJavaNeeds() {
        assertThat(ScriptWriter.literal("a\"b\\c\td\u0001\\u0041")).isEqualTo("\"a\\\"b\\\\c\\td\\u0001\\\\u0041\"");
    }

    @Test
    void writesAJavaMigrationIntoItsPackageFolderAndNeverOverwrites() throws Exception {
        Path file = ScriptWriter.writeJava(dir.resolve("src/main/java"), "com.example.db", addDescription);
        assertThat(file).isEqualTo(dir.resolve("src/main/java/com/example/db/R3f2a9c1b7d4e_AddDescriptionToDevices.java"));
        assertThat(Files.readString(file)).startsWith("package com.example.db;\n");
        assertThatThrownBy(() -> ScriptWriter.writeJava(dir.resolve("src/main/java"), "com.example.db", addDescription))
                .hasMessage("Could not write a script for revision 3f2a9c1b7d4e: " + file + " already has that id."
                        + " Choose another id, or leave it to Migrate.");
        assertThatThrownBy(() -> ScriptWriter.writeJava(dir, "", addDescription))
                .hasMessage("'' is not a Java package name; Java migrations are found by package, so give one such as"
                        + " com.example.db.migrations.");
        assertThatThrownBy(() -> ScriptWriter.renderJava(addDescription, "p", "1x", "", "", List.of()))
                .hasMessage("'1x' is not a Java class name.");
    }
}
