package dev.migrate.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes SQL scripts into a test folder. */
final class ScriptFiles {

    private ScriptFiles() {
    }

    /** Writes {@code <id>_<slug>.sql}; the upgrade starts on line 6 (line 5 with no down revision). */
    static Path write(Path dir, String id, String down, String message, String upgrade, String downgrade) {
        StringBuilder s = new StringBuilder("-- migrate:revision ").append(id).append('\n');
        if (down != null) {
            s.append("-- migrate:down-revision ").append(down).append('\n');
        }
        s.append("-- migrate:message ").append(message).append("\n\n-- migrate:upgrade\n").append(upgrade)
                .append("\n\n-- migrate:downgrade\n").append(downgrade).append('\n');
        try {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve(id + "_" + message.replace(' ', '_') + ".sql"), s.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Five revisions r1..r5 creating tables t1..t5; r3's third statement (line 8 of its file) fails. */
    static void fiveWithThirdFailing(Path dir) {
        write(dir, "r1", null, "first", "CREATE TABLE t1 (id INTEGER);", "DROP TABLE t1;");
        write(dir, "r2", "r1", "second", "CREATE TABLE t2 (id INTEGER);\nINSERT INTO t2 VALUES (2);",
                "DROP TABLE t2;");
        write(dir, "r3", "r2", "third", "CREATE TABLE t3 (id INTEGER);\nINSERT INTO t1 VALUES (3);\n"
                + "INSERT INTO nope VALUES (1);", "DROP TABLE t3;");
        write(dir, "r4", "r3", "fourth", "CREATE TABLE t4 (id INTEGER);", "DROP TABLE t4;");
        write(dir, "r5", "r4", "fifth", "CREATE TABLE t5 (id INTEGER);", "DROP TABLE t5;");
    }
}
