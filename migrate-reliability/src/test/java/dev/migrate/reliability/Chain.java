package dev.migrate.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A linear chain of SQL revisions written to a folder: {@code r001 -> r002 -> ...}, each with an upgrade and a
 * downgrade.
 */
final class Chain {

    private Chain() {
    }

    /** The id of the {@code n}th revision (1-based). */
    static String id(int n) {
        return "r%03d".formatted(n);
    }

    /** The ids of revisions 1 to {@code count}. */
    static List<String> ids(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(id(i));
        }
        return ids;
    }

    /**
     * Writes {@code count} revisions into {@code dir}; revision {@code n} upgrades with {@code upgrade.apply(n)} and
     * downgrades with {@code downgrade.apply(n)}.
     */
    static Path write(Path dir, int count, IntFunction<String> upgrade, IntFunction<String> downgrade) {
        try {
            Files.createDirectories(dir);
            for (int n = 1; n <= count; n++) {
                String text = "-- migrate:revision " + id(n) + "\n"
                        + (n == 1 ? "" : "-- migrate:down-revision " + id(n - 1) + "\n")
                        + "-- migrate:message step " + n + "\n\n"
                        + "-- migrate:upgrade\n" + upgrade.apply(n) + "\n\n"
                        + "-- migrate:downgrade\n" + downgrade.apply(n) + "\n";
                Files.writeString(dir.resolve(id(n) + "_step_" + n + ".sql"), text);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Revisions that each create a table {@code t<n>} and record themselves in {@code applied} (created by the
     * first): applying one twice leaves two rows, or fails on the existing table. {@code extra} is added to each
     * upgrade (a short sleep, to widen the window in which processes meet).
     */
    static Path recording(Path dir, int count, String extra) {
        return write(dir, count,
                n -> (n == 1 ? "CREATE TABLE applied (revision VARCHAR(10) NOT NULL);\n" : "") + (extra.isEmpty() ? "" : extra + "\n")
                        + "CREATE TABLE t" + n + " (id INTEGER PRIMARY KEY, note VARCHAR(20));\n"
                        + "INSERT INTO applied (revision) VALUES ('" + id(n) + "');",
                n -> "DELETE FROM applied WHERE revision = '" + id(n) + "';\nDROP TABLE t" + n + ";"
                        + (n == 1 ? "\nDROP TABLE applied;" : ""));
    }
}
