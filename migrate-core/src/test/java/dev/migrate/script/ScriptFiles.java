package dev.migrate.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes script files for tests. */
final class ScriptFiles {

    private ScriptFiles() {
    }

    static Path write(Path dir, String name, String text) {
        return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal valid script. */
    static String script(String id, String down, String upgrade) {
        return "-- migrate:revision " + id + "\n-- migrate:down-revision " + down + "\n-- migrate:message m " + id
                + "\n\n-- migrate:upgrade\n" + upgrade + "\n\n-- migrate:downgrade\n";
    }
}
