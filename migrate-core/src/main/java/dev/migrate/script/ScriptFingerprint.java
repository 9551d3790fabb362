package dev.migrate.script;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A digest of what migration locations hold, computed without reading any script: for folders, each file's
 * path, size and modification time; for a jar on the file system (Spring Boot's nested jars included), the jar
 * file's size and modification time, so one look at the file whatever the number of scripts; for other jars,
 * each entry's name, size and CRC-32 from the jar's directory. Any added, removed, renamed or edited script
 * changes it. A run that found the database at the heads of the scripts
 * and verified their checksums records it, so that later runs with the same fingerprint can skip loading the
 * scripts.
 *
 * <p>A file edited without changing its size or modification time (a tool that restores timestamps) goes
 * unnoticed; a rebuilt jar gets a new modification time.
 */
public final class ScriptFingerprint {

    private static final Logger log = LoggerFactory.getLogger(ScriptFingerprint.class);

    /** Bumped when what goes into the digest changes, so that fingerprints of older versions never match. */
    private static final String FORMAT = "migrate-fingerprint-3";

    /** Sub-folders deeper than this (a link cycle, most likely) make a location one to load, not fingerprint. */
    private static final int MAX_DEPTH = 32;

    private ScriptFingerprint() {
    }

    /**
     * The fingerprint of {@code locations} as they are now, 64 hex characters; empty when a location cannot be
     * fingerprinted (it is missing or of a kind that cannot be listed), in which case the scripts must be loaded,
     * which reports the problem.
     */
    public static Optional<String> of(List<Location> locations, ClassLoader classLoader) {
        return of(locations, classLoader, null);
    }

    /**
     * As {@link #of(List, ClassLoader)}, with a thread of {@code helpers} (when one is free) sharing a folder's
     * file look-ups: for scripts in a folder, that is one {@code stat} call per script, most of the time taken.
     */
    public static Optional<String> of(List<Location> locations, ClassLoader classLoader, Executor helpers) {
        try {
            Digest digest = new Digest();
            digest.add(FORMAT);
            for (Location location : new LinkedHashSet<>(locations)) {
                digest.add(location.toString());
                boolean found = location.kind() == Location.Kind.FILESYSTEM
                        ? folder(Path.of(location.path()), digest, helpers)
                        : classpath(location, classLoader, digest, helpers);
                if (!found) {
                    return Optional.empty();
                }
            }
            return Optional.of(digest.hex());
        } catch (IOException | RuntimeException e) {
            log.debug("Could not fingerprint {}; the scripts will be loaded: {}", locations, e.toString());
            return Optional.empty();
        }
    }

    private static boolean classpath(Location location, ClassLoader classLoader, Digest digest, Executor helpers)
            throws IOException {
        List<URL> urls = Collections.list(classLoader.getResources(location.path()));
        if (urls.isEmpty()) {
            return false;
        }
        for (URL url : urls) {
            digest.add(url.toString());
            boolean listed = switch (url.getProtocol()) {
                case "file" -> folder(file(url), digest, helpers);
                case "jar" -> jar(url, digest);
                default -> false;
            };
            if (!listed) {
                return false;
            }
        }
        return true;
    }

    private static Path file(URL url) {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Each file's path (relative to {@code dir}), size and modification time, in the order of the paths. */
    private static boolean folder(Path dir, Digest digest, Executor helpers) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        List<FolderScan.FileEntry> files = FolderScan.files(dir, MAX_DEPTH, helpers);
        if (files == null) {
            return false;
        }
        files.forEach(f -> digest.add(f.name(), f.size(), f.modified()));
        return true;
    }

    private static boolean jar(URL url, Digest digest) throws IOException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        Path file = jarFile(connection.getJarFileURL());
        if (file != null && Files.isRegularFile(file)) {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            digest.add(file.toAbsolutePath().toString(), attrs.size(), attrs.lastModifiedTime().toMillis());
            return true;
        }
        JarFile jar = connection.getJarFile();
        String entry = connection.getEntryName();
        String prefix = entry == null || entry.isEmpty() ? "" : entry.endsWith("/") ? entry : entry + "/";
        List<String> entries = new ArrayList<>();
        for (JarEntry e : Collections.list(jar.entries())) {
            if (!e.isDirectory() && e.getName().startsWith(prefix)) {
                if (e.getCrc() < 0) {
                    return false;
                }
                entries.add(e.getName() + "\u0000" + e.getSize() + "\u0000" + Long.toHexString(e.getCrc()));
            }
        }
        Collections.sort(entries);
        entries.forEach(digest::add);
        return true;
    }

    /**
     * The file of a jar URL on the file system: {@code file:/app.jar}, or the outer jar of Spring Boot's
     * {@code nested:/app.jar/!BOOT-INF/classes/}; {@code null} for anything else.
     */
    private static Path jarFile(URL url) {
        if (url == null) {
            return null;
        }
        if (url.getProtocol().equals("file")) {
            return file(url);
        }
        if (url.getProtocol().equals("nested")) {
            String path;
            try {
                path = url.toURI().getPath();
            } catch (URISyntaxException e) {
                return null;
            }
            int nested = path.indexOf("/!");
            return Path.of(nested < 0 ? path : path.substring(0, nested));
        }
        return null;
    }

    private static final class Digest {
        private final MessageDigest sha;
        private final ByteBuffer numbers = ByteBuffer.allocate(2 * Long.BYTES);

        Digest() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("This JVM has no SHA-256", e);
            }
        }

        void add(String part) {
            sha.update(part.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }

        void add(String name, long size, long modified) {
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            numbers.clear();
            numbers.putLong(size).putLong(modified);
            sha.update(numbers.array());
        }

        String hex() {
            return HexFormat.of().formatHex(sha.digest());
        }
    }
}
