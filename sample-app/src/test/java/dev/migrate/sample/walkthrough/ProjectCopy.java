package dev.migrate.sample.walkthrough;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/** The copy of the repository a walkthrough runs in, so that it changes nothing in the real one. */
final class ProjectCopy {

    private ProjectCopy() {
    }

    /**
     * Copies {@code root} to {@code target} with the files' times (so that Maven sees the build up to date),
     * leaving out Git's files, databases and test reports.
     */
    static void copy(Path root, Path target) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                if (!dir.equals(root) && (name.equals(".git") || name.equals("data") || name.endsWith("-reports"))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(target.resolve(root.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String name = file.getFileName().toString();
                if (name.equals(".git") || name.endsWith(".db") || name.startsWith(".walkthrough")) {
                    return FileVisitResult.CONTINUE;
                }
                Files.copy(file, target.resolve(root.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The revision ids and UUIDs that the text files under {@code folder} contain. */
    static Set<String> ids(Path folder) throws IOException {
        Set<String> ids = new HashSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                try {
                    ids.addAll(Normalizer.ids(Files.readString(file, StandardCharsets.UTF_8)));
                } catch (MalformedInputException e) {
                    // not text
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return ids;
    }
}
