package dev.migrate.script;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The files under a folder, each with its size and modification time, for {@link ScriptFingerprint}. The folders
 * are listed one depth at a time; looking up each entry's attributes (one {@code stat} call per entry, most of
 * the time a fingerprint takes) is split into chunks that the calling thread and one helper thread, when one is
 * free, take in turn.
 */
final class FolderScan {

    /** A file, by its path relative to the scanned folder ({@code /}-separated). */
    record FileEntry(String name, long size, long modified) {
    }

    private record Folder(Path path, String prefix) {
    }

    /** Entries looked up per chunk: large enough that handing out chunks costs nothing next to the look-ups. */
    private static final int CHUNK = 64;

    private FolderScan() {
    }

    /**
     * The files under {@code root}, sorted by name; {@code null} when sub-folders nest deeper than
     * {@code maxDepth} (a link cycle, most likely).
     *
     * @param helpers runs one helper for a depth with more than one chunk; may reject it, or be {@code null}
     * @throws IOException when a folder cannot be listed or an entry vanishes while it is scanned
     */
    static List<FileEntry> files(Path root, int maxDepth, Executor helpers) throws IOException {
        List<FileEntry> files = new ArrayList<>();
        List<Folder> folders = List.of(new Folder(root, ""));
        for (int depth = 0; !folders.isEmpty(); depth++) {
            if (depth > maxDepth) {
                return null;
            }
            List<Path> paths = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (Folder folder : folders) {
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder.path())) {
                    for (Path entry : entries) {
                        paths.add(entry);
                        names.add(folder.prefix() + entry.getFileName());
                    }
                }
            }
            BasicFileAttributes[] attributes = new Lookups(paths).takeAll(helpers);
            List<Folder> next = new ArrayList<>();
            for (int i = 0; i < paths.size(); i++) {
                if (attributes[i].isDirectory()) {
                    next.add(new Folder(paths.get(i), names.get(i) + "/"));
                } else {
                    files.add(new FileEntry(names.get(i), attributes[i].size(),
                            attributes[i].lastModifiedTime().toMillis()));
                }
            }
            folders = next;
        }
        files.sort(Comparator.comparing(FileEntry::name));
        return files;
    }

    /** The attributes of a list of paths, looked up a chunk at a time by whichever thread takes the chunk. */
    private static final class Lookups implements Runnable {
        private final List<Path> paths;
        private final BasicFileAttributes[] attributes;
        private final AtomicInteger nextChunk = new AtomicInteger();
        private final CountDownLatch chunksLeft;
        private volatile IOException failure;

        Lookups(List<Path> paths) {
            this.paths = paths;
            this.attributes = new BasicFileAttributes[paths.size()];
            this.chunksLeft = new CountDownLatch((paths.size() + CHUNK - 1) / CHUNK);
        }

        /** Offers the chunks to one helper, takes chunks itself, then waits for the helper's last one. */
        BasicFileAttributes[] takeAll(Executor helpers) throws IOException {
            if (helpers != null && chunksLeft.getCount() > 1) {
                try {
                    helpers.execute(this);
                } catch (RejectedExecutionException busy) {
                    // every helper thread is busy: this thread takes every chunk
                }
            }
            run();
            boolean interrupted = false;
            while (true) {
                try {
                    chunksLeft.await(); // the helper's last chunk; the latch also publishes what it looked up
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (failure != null) {
                throw failure;
            }
            return attributes;
        }

        @Override
        public void run() {
            for (int start; (start = nextChunk.getAndAdd(CHUNK)) < paths.size(); ) {
                try {
                    for (int i = start; i < Math.min(start + CHUNK, paths.size()); i++) {
                        attributes[i] = Files.readAttributes(paths.get(i), BasicFileAttributes.class);
                    }
                } catch (IOException e) {
                    failure = e;
                } finally {
                    chunksLeft.countDown();
                }
            }
        }
    }
}
