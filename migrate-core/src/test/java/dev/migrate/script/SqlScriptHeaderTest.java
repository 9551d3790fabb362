package dev.migrate.script;

import static dev.migrate.script.ScriptFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.graph.Revision;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The header rules of SQL scripts, and their error messages word for word. */
class SqlScriptHeaderTest {

    @TempDir
    Path dir;

    private Scripts load() {
        return new ScriptLoader(getClass().getClassLoader()).load(dir.toString());
    }

    private String at(String name) {
        return dir + "/" + name;
    }

    private void assertFails(String name, String text, String message) {
        write(dir, name, text);
        assertThatThrownBy(this::load).isInstanceOf(ScriptFormatException.class).hasMessage(at(name) + message);
    }

    @Test
    void readsAllHeaders() {
        write(dir, "3f2a9c1b7d4e_add_description.sql", """
                -- migrate:revision 3f2a9c1b7d4e
                -- migrate:down-revision 1a2b3c4d5e6f, 0a0b0c0d0e0f
                -- migrate:message   add description to devices\s\s
                -- migrate:branch-labels devices,inventory
                -- migrate:depends-on other_branch
                -- migrate:transactional FALSE
                -- a plain comment; migrate: this is not a header
                --migrate:

                -- migrate:upgrade
                ALTER TABLE devices ADD COLUMN description TEXT;
                """);
        SqlScript script = (SqlScript) load().get("3f2a9c1b7d4e");
        assertThat(script.revision()).isEqualTo(new Revision("3f2a9c1b7d4e", List.of("1a2b3c4d5e6f", "0a0b0c0d0e0f"),
                Set.of("devices", "inventory"), List.of("other_branch"), "add description to devices",
                at("3f2a9c1b7d4e_add_description.sql")));
        assertThat(script.transactional()).isFalse();
        assertThat(script.location()).isEqualTo(at("3f2a9c1b7d4e_add_description.sql"));
        assertThat(script.fileName()).isEqualTo("3f2a9c1b7d4e_add_description.sql");
    }

    @Test
    void aBaseHasNoDownRevisionAndDefaultsApply() {
        write(dir, "base.sql", "-- migrate:revision base1\n-- migrate:down-revision\n-- migrate:upgrade\n");
        write(dir, "other.sql", "-- migrate:revision other\n-- migrate:upgrade");
        Scripts scripts = load();
        for (String id : List.of("base1", "other")) {
            Script s = scripts.get(id);
            assertThat(s.revision().isBase()).isTrue();
            assertThat(s.revision().message()).isEmpty();
            assertThat(s.revision().branchLabels()).isEmpty();
            assertThat(s.revision().dependsOn()).isEmpty();
            assertThat(s.transactional()).isTrue();
        }
    }

    @Test
    void acceptsWindowsLineEndingsAndAByteOrderMark() {
        write(dir, "a.sql", "\uFEFF-- migrate:revision abc\r\n-- migrate:message hello\r\n-- migrate:upgrade\r\nSELECT 1;\r\n");
        Script s = load().get("abc");
        assertThat(s.revision().message()).isEqualTo("hello");
        assertThat(((SqlScript) s).upgradeStatements()).extracting(st -> st.sql() + "@" + st.line())
                .containsExactly("SELECT 1@4");
    }

    @Test
    void emptyFile() {
        String message = ": the file is empty; a script needs at least a '-- migrate:revision <id>' line and a"
                + " '-- migrate:upgrade' line ('migrate revision' writes new scripts).";
        assertFails("a.sql", "", message);
        assertFails("a.sql", "  \n\n \t\n", message);
    }

    @Test
    void noRevisionHeader() {
        assertFails("a.sql", "-- a comment\n-- migrate:message hi\n\n-- migrate:upgrade\nSELECT 1;",
                ", line 4: no '-- migrate:revision <id>' header before '-- migrate:upgrade'; add one at the top of"
                        + " the file, such as '-- migrate:revision 3f2a9c1b7d4e'.");
        assertFails("a.sql", "-- just a comment\n",
                ", line 1: no '-- migrate:revision <id>' header; add one at the top of the file, such as"
                        + " '-- migrate:revision 3f2a9c1b7d4e'.");
        assertFails("a.sql", "-- migrate:revision\n-- migrate:upgrade\n",
                ", line 1: 'migrate:revision' needs the id of this revision, such as '-- migrate:revision 3f2a9c1b7d4e'.");
    }

    @Test
    void missingUpgradeSection() {
        assertFails("a.sql", "-- migrate:revision abc\n-- migrate:message hi\n",
                ": no '-- migrate:upgrade' line; put '-- migrate:upgrade' on its own line above the upgrade SQL"
                        + " (after line 2, the last one).");
        assertFails("a.sql", "-- migrate:revision abc\n-- migrate:downgrade\nDROP TABLE x;\n-- migrate:upgrade\n",
                ", line 2: '-- migrate:downgrade' comes before '-- migrate:upgrade'; put the upgrade section first.");
    }

    @Test
    void unknownHeaderKey() {
        assertFails("a.sql", "-- migrate:revision abc\n-- migrate:down_revision x\n-- migrate:upgrade\n",
                ", line 2: unknown key 'migrate:down_revision'. Known keys: revision, down-revision, message,"
                        + " branch-labels, depends-on, transactional (headers) and upgrade, downgrade (sections).");
    }

    @Test
    void duplicateHeaderKey() {
        assertFails("a.sql", "-- migrate:revision abc\n-- migrate:message one\n\n-- migrate:message two\n-- migrate:upgrade\n",
                ", line 4: the header 'migrate:message' is given twice (first at line 2); keep one.");
    }

    @Test
    void textBeforeTheFirstSection() {
        assertFails("a.sql", "-- migrate:revision abc\nALTER TABLE devices ADD COLUMN description TEXT NOT NULL;\n"
                        + "-- migrate:upgrade\n",
                ", line 2: 'ALTER TABLE devices ADD COLUMN descripti…' comes before '-- migrate:upgrade'; only"
                        + " headers, '--' comments and blank lines may come before it. Move the SQL below"
                        + " '-- migrate:upgrade'.");
        assertFails("a.sql", "/* header */\n-- migrate:revision abc\n-- migrate:upgrade\n",
                ", line 1: '/* header */' comes before '-- migrate:upgrade'; only headers, '--' comments and blank"
                        + " lines may come before it. Move the SQL below '-- migrate:upgrade'.");
    }

    @Test
    void headerIdMustMatchTheFileName() {
        assertFails("1a2b3c4d5e6f_add_x.sql", "-- migrate:message m\n-- migrate:revision 3f2a9c1b7d4e\n-- migrate:upgrade\n",
                ", line 2: the file name starts with the id '1a2b3c4d5e6f' but '-- migrate:revision' says"
                        + " '3f2a9c1b7d4e'; rename the file to 3f2a9c1b7d4e_add_x.sql or fix the header.");
    }

    @Test
    void fileNameCheckAppliesToIdLikePrefixesOnly() {
        write(dir, "create_users.sql", "-- migrate:revision abc\n-- migrate:upgrade\n");
        write(dir, "0002.sql", "-- migrate:revision 0002\n-- migrate:upgrade\n");
        write(dir, "0003_more_things.sql", "-- migrate:revision 0003_more\n-- migrate:upgrade\n");
        assertThat(load().revisions()).extracting(Revision::id).containsExactly("0002", "0003_more", "abc");
        assertFails("0004.sql", "-- migrate:revision 0005\n-- migrate:upgrade\n",
                ", line 1: the file name starts with the id '0004' but '-- migrate:revision' says '0005'; rename the"
                        + " file to 0005.sql or fix the header.");
    }

    @Test
    void nonUtf8ContentInTheHeader() {
        byte[] bytes = "-- migrate:revision abc\n-- migrate:message caf\u00e9\n-- migrate:upgrade\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        write(dir, "a.sql", bytes);
        assertThatThrownBy(this::load).isInstanceOf(ScriptFormatException.class).hasMessage(at("a.sql")
                + ", line 2: the file is not valid UTF-8 (byte 0xE9 at byte offset 46); save it as UTF-8.");
    }

    @Test
    void invalidValues() {
        assertFails("a.sql", "-- migrate:revision 3f-2a\n-- migrate:upgrade\n",
                ", line 1: '3f-2a' is not a valid revision id for 'migrate:revision'; use 1 to 32 letters, digits or"
                        + " underscores.");
        assertFails("a.sql", "-- migrate:revision a\n-- migrate:down-revision b,,c\n-- migrate:upgrade\n",
                ", line 2: 'migrate:down-revision' has an empty item in 'b,,c'; separate the items with single commas.");
        assertFails("a.sql", "-- migrate:revision a\n-- migrate:down-revision b c\n-- migrate:upgrade\n",
                ", line 2: 'b c' is not a valid revision id for 'migrate:down-revision'; use 1 to 32 letters, digits"
                        + " or underscores.");
        assertFails("a.sql", "-- migrate:revision a\n-- migrate:branch-labels x y\n-- migrate:upgrade\n",
                ", line 2: 'migrate:branch-labels' has the item 'x y' with a space in it; separate the items with commas.");
        assertFails("a.sql", "-- migrate:revision a\n-- migrate:depends-on b, b\n-- migrate:upgrade\n",
                ", line 2: 'migrate:depends-on' names 'b' twice; name it once.");
        assertFails("a.sql", "-- migrate:revision a\n-- migrate:transactional no\n-- migrate:upgrade\n",
                ", line 2: 'migrate:transactional' must be true or false, not 'no'.");
        assertFails("a.sql", "-- migrate:revision a\n-- migrate:upgrade now\n",
                ", line 2: '-- migrate:upgrade' takes nothing after it, but has 'now'; put the SQL on the lines below it.");
    }
}
