package dev.migrate.sample.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file of a {@code jdbc:sqlite:} URL: SQLite creates a missing database file, but not its folder. */
final class SqliteFile {

    private static final String PREFIX = "jdbc:sqlite:";

    private SqliteFile() {
    }

    /** The database file that {@code jdbcUrl} names; empty for other databases and in-memory ones. */
    static Optional<Path> of(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.strip().toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = jdbcUrl.strip().substring(PREFIX.length());
        int query = rest.indexOf('?');
        String params = query < 0 ? "" : rest.substring(query + 1);
        String path = query < 0 ? rest : rest.substring(0, query);
        if (path.startsWith("file:")) {
            path = path.substring("file:".length());
        }
        if (path.isBlank() || path.equals(":memory:") || path.startsWith(":resource:")
                || params.toLowerCase(Locale.ROOT).contains("mode=memory")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(path));
    }

    /** Creates the folder of the database file that {@code jdbcUrl} names, when it is missing. */
    static void createFolder(String jdbcUrl) {
        of(jdbcUrl).map(Path::toAbsolutePath).map(Path::getParent).ifPresent(folder -> {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not create the folder " + folder + " for the SQLite database of "
                        + "spring.datasource.url (" + e.getMessage() + "); create it, or point the URL elsewhere", e);
            }
        });
    }
}
