package dev.migrate.autogen;

import java.util.ArrayList;
import java.util.List;

/**
 * The comment that opens a script written by autogenerate: review it, what autogenerate cannot see,
 * and the notes of the comparison (possible renames).
 */
public final class ReviewHeader {

    private ReviewHeader() {
    }

    /**
     * The lines of the comment, without comment markers.
     *
     * @param diff    the comparison the script comes from
     * @param dialect the dialect compared against
     */
    public static List<String> lines(SchemaDiff diff, String dialect) {
        List<String> out = new ArrayList<>();
        out.add("Written by 'migrate revision --autogenerate' from the differences between the declared schema");
        out.add("and the " + dialect + " database. Review it before you apply it, and edit it where needed:");
        out.add("autogenerate sees tables, columns (type, nullability, server default when asked, comment),");
        out.add("indexes, unique constraints and foreign keys. It does not see renames (it drops and adds),");
        out.add("changes of primary keys, check constraints, indexes on expressions, or data to migrate.");
        if (diff.isEmpty()) {
            out.add("");
            out.add(SchemaDiff.NO_CHANGES + ": the upgrade and the downgrade are empty.");
        }
        if (!diff.notes().isEmpty()) {
            out.add("");
            for (String note : diff.notes()) {
                out.addAll(wrap("TODO " + note, 96));
            }
        }
        return out;
    }

    /** The comment with {@code marker} ({@code "--"} or {@code "//"}) before each line, ending in a newline. */
    public static String comment(SchemaDiff diff, String dialect, String marker) {
        StringBuilder s = new StringBuilder();
        for (String line : lines(diff, dialect)) {
            s.append(line.isEmpty() ? marker : marker + " " + line).append('\n');
        }
        return s.toString();
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder("     ");
            }
            line.append(line.length() == 0 || line.toString().isBlank() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
