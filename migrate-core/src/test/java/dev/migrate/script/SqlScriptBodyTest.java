package dev.migrate.script;

import static dev.migrate.script.ScriptFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.migrate.jdbc.SqlStatement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sections of SQL scripts, read lazily, and their checksums. */
class SqlScriptBodyTest {

    static final String EXAMPLE = """
            -- migrate:revision 3f2a9c1b7d4e
            -- migrate:down-revision 1a2b3c4d5e6f
            -- migrate:message add description to devices

            -- migrate:upgrade
            ALTER TABLE devices ADD COLUMN description TEXT;
            -- a comment; between statements
            UPDATE devices
               SET description = 'none; yet';

            -- migrate:downgrade
            ALTER TABLE devices DROP COLUMN description;
            """;

    @TempDir
    Path dir;

    private SqlScript load(String name, String text) {
        write(dir, name, text);
        return (SqlScript) new ScriptLoader(getClass().getClassLoader()).load(dir.toString()).all().get(0);
    }

    private String at(String name) {
        return dir + "/" + name;
    }

    @Test
    void statementsCarryTheirLineInTheFile() {
        SqlScript s = load("3f2a9c1b7d4e_add.sql", EXAMPLE);
        assertThat(s.upgradeStatements()).extracting(SqlStatement::sql, SqlStatement::line, SqlStatement::source)
                .containsExactly(
                        tuple("ALTER TABLE devices ADD COLUMN description TEXT", 6, at("3f2a9c1b7d4e_add.sql")),
                        tuple("UPDATE devices\n   SET description = 'none; yet'", 8, at("3f2a9c1b7d4e_add.sql")));
        assertThat(s.hasDowngrade()).isTrue();
        assertThat(s.downgradeStatements()).extracting(SqlStatement::sql, SqlStatement::line)
                .containsExactly(tuple("ALTER TABLE devices DROP COLUMN description", 12));
    }

    @Test
    void anEmptyDowngradeSectionHasNoStatements() {
        SqlScript s = load("a.sql", "-- migrate:revision a\n-- migrate:upgrade\nSELECT 1;\n-- migrate:downgrade\n-- nothing\n");
        assertThat(s.hasDowngrade()).isTrue();
        assertThat(s.downgradeStatements()).isEmpty();
    }

    @Test
    void aScriptWithoutDowngradeSectionCannotBeDowngraded() {
        SqlScript s = load("a.sql", "-- migrate:revision a\n-- migrate:upgrade\nSELECT 1;\n");
        assertThat(s.upgradeStatements()).hasSize(1);
        assertThat(s.hasDowngrade()).isFalse();
        assertThatThrownBy(s::downgradeStatements).isInstanceOf(ScriptFormatException.class).hasMessage(at("a.sql")
                + ": there is no '-- migrate:downgrade' section, so revision a cannot be downgraded. Add"
                + " '-- migrate:downgrade' at the end with the SQL that undoes the upgrade (an empty section means"
                + " there is nothing to undo).");
    }

    @Test
    void sectionErrorsShowWhenTheStatementsAreRead() {
        SqlScript twice = load("a.sql", "-- migrate:revision a\n-- migrate:upgrade\nSELECT 1;\n-- migrate:upgrade\n");
        assertThatThrownBy(twice::upgradeStatements).hasMessage(at("a.sql")
                + ", line 4: '-- migrate:upgrade' comes again (first at line 2); a script has one upgrade section.");
        assertThatThrownBy(twice::validate).isInstanceOf(ScriptFormatException.class);
    }

    @Test
    void secondDowngradeSection() {
        SqlScript s = load("a.sql", "-- migrate:revision a\n-- migrate:upgrade\n-- migrate:downgrade\n\n-- migrate:downgrade\n");
        assertThatThrownBy(s::upgradeStatements).hasMessage(at("a.sql") + ", line 5: '-- migrate:downgrade' comes again"
                + " (first at line 3); a script has at most one downgrade section.");
    }

    @Test
    void headerInsideASection() {
        SqlScript s = load("a.sql", "-- migrate:revision a\n\n-- migrate:upgrade\nSELECT 1;\n-- migrate:downgrade\n"
                + "-- migrate:message late\n");
        assertThatThrownBy(s::upgradeStatements).hasMessage(at("a.sql") + ", line 6: the header 'migrate:message' is"
                + " inside the downgrade section; move it above '-- migrate:upgrade' (line 3).");
    }

    @Test
    void unknownKeyInsideASection() {
        SqlScript s = load("a.sql", "-- migrate:revision a\n-- migrate:upgrade\n  -- migrate:upgrade-extra\n");
        assertThatThrownBy(s::upgradeStatements).hasMessage(at("a.sql") + ", line 3: unknown key"
                + " 'migrate:upgrade-extra'. Known keys: revision, down-revision, message, branch-labels, depends-on,"
                + " transactional (headers) and upgrade, downgrade (sections).");
    }

    @Test
    void unterminatedQuoteNamesTheFileAndLine() {
        SqlScript s = load("a.sql", "-- migrate:revision a\n-- migrate:upgrade\nSELECT 1;\nINSERT INTO t VALUES ('oops);\n");
        assertThatThrownBy(s::upgradeStatements).isInstanceOf(ScriptFormatException.class).hasMessage(at("a.sql")
                + ", line 4: the string opened here is never closed; close it with ' (write '' for a quote inside the"
                + " string)");
    }

    @Test
    void nonUtf8InTheBodyShowsWhenTheStatementsAreRead() {
        byte[] head = "-- migrate:revision a\n-- migrate:upgrade\nSELECT 1;\nSELECT '".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 3];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = (byte) 0x28;
        bytes[head.length + 2] = '\'';
        write(dir, "a.sql", bytes);
        SqlScript s = (SqlScript) new ScriptLoader(getClass().getClassLoader()).load(dir.toString()).get("a");
        assertThatThrownBy(s::upgradeStatements).hasMessage(at("a.sql") + ", line 4: the file is not valid UTF-8"
                + " (byte 0xC3 at byte offset " + head.length + "); save it as UTF-8.");
        assertThat(s.checksum()).isPresent();
    }

    @Test
    void readsTheBodyOnlyWhenAskedThenKeepsIt() throws Exception {
        SqlScript s = load("a.sql", "-- migrate:revision a\n-- migrate:upgrade\nSELECT 1;\n");
        assertThat(s.upgradeStatements()).extracting(SqlStatement::sql).containsExactly("SELECT 1");
        Files.delete(dir.resolve("a.sql"));
        assertThat(s.upgradeStatements()).extracting(SqlStatement::sql).containsExactly("SELECT 1");
    }

    @Test
    void aFileEditedAfterLoadingIsRefusedWhenRead() {
        String loaded = "-- migrate:revision a\n-- migrate:upgrade\nSELECT 1;\n";
        String edited = "-- migrate:revision a\n-- migrate:upgrade\nSELECT 2;\n";
        SqlScript s = load("a.sql", loaded);
        write(dir, "a.sql", edited);
        assertThat(s.checksum()).contains(Checksum.of(loaded.getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(s::upgradeStatements).isInstanceOf(ScriptFormatException.class).hasMessage(at("a.sql")
                + ": the file changed after its checksum was taken (" + Checksum.of(loaded.getBytes(
                        StandardCharsets.UTF_8)) + ", now " + Checksum.of(edited.getBytes(StandardCharsets.UTF_8))
                + "); load the scripts again.");
    }

    @Test
    void aLargeFileHasOnlyItsHeaderReadWhenLoaded() {
        String padding = "-- " + "x".repeat(70 * 1024) + "\n"; // over the size read whole at load
        SqlScript s = load("a.sql", "-- migrate:revision a\n-- migrate:upgrade\nSELECT 1;\n" + padding);
        String edited = "-- migrate:revision a\n-- migrate:upgrade\nSELECT 2;\n" + padding;
        write(dir, "a.sql", edited);
        assertThat(s.upgradeStatements()).extracting(SqlStatement::sql).containsExactly("SELECT 2");
        assertThat(s.checksum()).contains(Checksum.of(edited.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFileRemovedAfterLoadingIsReportedWhenRead() throws Exception {
        SqlScript s = load("a.sql", "-- migrate:revision a\n-- migrate:upgrade\nSELECT 1;\n");
        Files.delete(dir.resolve("a.sql"));
        assertThatThrownBy(s::upgradeStatements).isInstanceOf(ScriptException.class)
                .hasMessage("Could not read " + at("a.sql") + ": the file is not there any more. Was it moved or"
                        + " deleted after the scripts were loaded? Load them again.");
    }

    @Test
    void headersChangedAfterLoading() {
        String padding = "-- " + "x".repeat(70 * 1024) + "\n"; // a large file: its checksum is not taken at load
        SqlScript s = load("a.sql", "-- migrate:revision a\n-- migrate:upgrade\nSELECT 1;\n" + padding);
        write(dir, "a.sql", "-- migrate:revision a\n-- migrate:down-revision b\n-- migrate:upgrade\nSELECT 1;\n"
                + padding);
        assertThatThrownBy(s::upgradeStatements).hasMessage(at("a.sql") + ": the headers changed after the scripts"
                + " were loaded; load the scripts again.");
    }

    @Test
    void checksumIgnoresLineEndingsAndByteOrderMarkButNotContent() {
        String unix = EXAMPLE;
        Checksum lf = Checksum.of(unix.getBytes(StandardCharsets.UTF_8));
        assertThat(Checksum.of(unix.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))).isEqualTo(lf);
        assertThat(Checksum.of(unix.replace("\n", "\r").getBytes(StandardCharsets.UTF_8))).isEqualTo(lf);
        assertThat(Checksum.of(("\uFEFF" + unix).getBytes(StandardCharsets.UTF_8))).isEqualTo(lf);
        assertThat(Checksum.of(unix.replace("TEXT", "TEXT NOT NULL").getBytes(StandardCharsets.UTF_8))).isNotEqualTo(lf);
        assertThat(lf.value()).matches("crc32c:[0-9a-f]{8}");
        assertThat(Checksum.parse(" " + lf + "\n")).isEqualTo(lf);
        assertThat(Checksum.of(new byte[0]).value()).isEqualTo("crc32c:00000000");
        assertThat(Checksum.of("a".getBytes(StandardCharsets.US_ASCII)).value()).isEqualTo("crc32c:c1d04330");
    }

    @Test
    void scriptChecksumIsTheChecksumOfTheFile() {
        SqlScript s = load("a.sql", EXAMPLE.replace("\n", "\r\n"));
        assertThat(s.checksum()).contains(Checksum.of(EXAMPLE.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void storedChecksumsAreValidated() {
        assertThatThrownBy(() -> Checksum.parse("md5:abc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A checksum looks like crc32c:1a2b3c4d, not 'md5:abc'");
    }
}
