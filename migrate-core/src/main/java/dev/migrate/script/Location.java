package dev.migrate.script;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where migration scripts are looked for: a folder on the classpath ({@code classpath:db/migrations}: SQL files
 * and Java migration classes of the package {@code db.migrations}, in folders and jars) or a folder of the file
 * system ({@code filesystem:db/migrations} or a plain path: SQL files only). Sub-folders are searched too.
 *
 * @param kind where to look
 * @param path the folder: a resource path with {@code /} for the classpath, a file-system path otherwise
 */
public record Location(Kind kind, String path) {

    /** Where to look. */
    public enum Kind {
        /** Resources of a class loader: folders and jars. */
        CLASSPATH,
        /** A folder of the file system, relative to the working directory unless absolute. */
        FILESYSTEM
    }

    private static final String CLASSPATH_PREFIX = "classpath:";
    private static final String FILESYSTEM_PREFIX = "filesystem:";

    /** {@code classpath:db/migrations}, where scripts are looked for unless told otherwise. */
    public static final Location DEFAULT = new Location(Kind.CLASSPATH, "db/migrations");

    public Location {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        if (kind == Kind.CLASSPATH) {
            path = trimSlashes(path.strip());
            if (path.isEmpty()) {
                throw new ScriptException("The classpath location 'classpath:" + path + "' names no folder; name the"
                        + " folder that holds the scripts, such as " + DEFAULT + ".");
            }
        } else if (path.isBlank()) {
            throw new ScriptException("A filesystem location needs a path, such as filesystem:db/migrations.");
        }
    }

    /**
     * Reads {@code classpath:<folder>}, {@code filesystem:<path>} or a plain path (a file-system folder).
     */
    public static Location parse(String text) {
        Objects.requireNonNull(text, "location");
        String t = text.strip();
        if (t.startsWith(CLASSPATH_PREFIX)) {
            return new Location(Kind.CLASSPATH, t.substring(CLASSPATH_PREFIX.length()));
        }
        if (t.startsWith(FILESYSTEM_PREFIX)) {
            return new Location(Kind.FILESYSTEM, t.substring(FILESYSTEM_PREFIX.length()));
        }
        return new Location(Kind.FILESYSTEM, t);
    }

    /** A folder on the classpath, such as {@code db/migrations}. */
    public static Location classpath(String folder) {
        return new Location(Kind.CLASSPATH, folder);
    }

    /** A folder of the file system. */
    public static Location filesystem(Path folder) {
        return new Location(Kind.FILESYSTEM, folder.toString());
    }

    private static String trimSlashes(String p) {
        int from = 0;
        int to = p.length();
        while (from < to && p.charAt(from) == '/') {
            from++;
        }
        while (to > from && p.charAt(to - 1) == '/') {
            to--;
        }
        return p.substring(from, to);
    }

    /** {@code classpath:<folder>} or {@code filesystem:<path>}; {@link #parse} reads it back. */
    @Override
    public String toString() {
        return (kind == Kind.CLASSPATH ? CLASSPATH_PREFIX : FILESYSTEM_PREFIX) + path;
    }
}
