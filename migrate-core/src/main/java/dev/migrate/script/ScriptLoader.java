package dev.migrate.script;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the scripts in migration {@link Location locations}: {@code .sql} files (read once for the header and
 * the checksum; of a file over 64 KiB only the header)
 * and, in classpath locations, the classes annotated with {@link dev.migrate.op.MigrationRevision} in the package
 * of the same name. Classpath locations work for folders and jars, and for Spring Boot's nested jars
 * ({@code jar:nested:} URLs) when the application runs from its executable jar.
 */
public final class ScriptLoader {

    private static final Logger log = LoggerFactory.getLogger(ScriptLoader.class);

    /** SQL files up to this size are read whole when loaded; larger ones have only their header read then. */
    private static final int WHOLE_READ_LIMIT = 64 * 1024;

    private final ClassLoader classLoader;

    /** A loader that looks for classpath locations (and Java migrations) in {@code classLoader}. */
    public ScriptLoader(ClassLoader classLoader) {
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
    }

    /** Loads the scripts of locations written as {@code classpath:…}, {@code filesystem:…} or plain paths. */
    public Scripts load(String... locations) {
        return load(Stream.of(locations).map(Location::parse).toList());
    }

    /**
     * Loads the scripts of all {@code locations} (a location named twice is read once).
     *
     * @throws LocationNotFoundException  when a location does not exist
     * @throws ScriptFormatException      when a script's header breaks the format
     * @throws DuplicateRevisionException when two scripts declare the same revision
     * @throws ScriptException            when a file or class cannot be read
     */
    public Scripts load(List<Location> locations) {
        long start = System.nanoTime();
        List<Script> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Location location : new LinkedHashSet<>(locations)) {
            if (location.kind() == Location.Kind.FILESYSTEM) {
                loadFolder(location, found, seen);
            } else {
                loadClasspath(location, found, seen);
            }
        }
        Scripts scripts = Scripts.of(found);
        if (log.isDebugEnabled()) {
            log.debug("Loaded {} scripts from {} in {} ms", scripts.size(), locations,
                    (System.nanoTime() - start) / 1_000_000);
        }
        return scripts;
    }

    private void loadFolder(Location location, List<Script> found, Set<String> seen) {
        Path dir = Path.of(location.path());
        Path absolute = dir.toAbsolutePath().normalize();
        if (!Files.exists(dir)) {
            throw new LocationNotFoundException(location, "does not exist: there is no folder " + absolute);
        }
        if (!Files.isDirectory(dir)) {
            throw new LocationNotFoundException(location, "is a file, not a folder: " + absolute);
        }
        String prefix = location.path();
        if (prefix.endsWith("/") || prefix.endsWith(dir.getFileSystem().getSeparator())) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        scanFolder(dir, prefix, null, found, seen);
    }

    private void loadClasspath(Location location, List<Script> found, Set<String> seen) {
        List<URL> urls;
        try {
            urls = Collections.list(classLoader.getResources(location.path()));
        } catch (IOException e) {
            throw new ScriptException("Could not look for " + location + " on the classpath: " + e.getMessage(), e);
        }
        if (urls.isEmpty()) {
            throw new LocationNotFoundException(location, "does not exist: there is no folder " + location.path()
                    + " on the classpath");
        }
        String pkg = location.path().replace('/', '.');
        for (URL url : urls) {
            switch (url.getProtocol()) {
                case "file" -> {
                    Path dir;
                    try {
                        dir = Path.of(url.toURI());
                    } catch (URISyntaxException | IllegalArgumentException e) {
                        throw new ScriptException("Could not read " + location + " at " + url + ": " + e.getMessage(), e);
                    }
                    if (Files.isDirectory(dir)) {
                        scanFolder(dir, "classpath:" + location.path(), pkg, found, seen);
                    }
                }
                case "jar" -> scanJar(location, url, found, seen);
                default -> throw new ScriptException("Could not read " + location + " at " + url + ": URLs of the"
                        + " protocol '" + url.getProtocol() + "' cannot be listed. Use a filesystem: location"
                        + " instead, or run from folders or jars.");
            }
        }
    }

    private void scanFolder(Path dir, String displayPrefix, String pkg, List<Script> found, Set<String> seen) {
        List<Path> files = new ArrayList<>();
        try {
            // The walk's own look-up of each file tells whether it is a regular file: no second one per file.
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            String n = file.getFileName().toString();
                            boolean script = n.endsWith(".sql") || (pkg != null && n.endsWith(".class"));
                            if (script && attrs.isRegularFile()) {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            throw new ScriptException("Could not list the folder " + dir + ": " + e.getMessage(), e);
        }
        for (Path file : files) {
            if (!seen.add(file.toAbsolutePath().normalize().toString())) {
                continue;
            }
            String relative = dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
            String name = file.getFileName().toString();
            String location = displayPrefix + "/" + relative;
            if (name.endsWith(".sql")) {
                ScriptResource resource = new ScriptResource.File(file);
                found.add(readSql(location, name, resource));
            } else {
                byte[] bytes = readClass(location, new ScriptResource.File(file));
                String className = pkg + "." + relative.substring(0, relative.length() - 6).replace('/', '.');
                addJavaMigration(className, location, bytes, found);
            }
        }
    }

    private void scanJar(Location location, URL url, List<Script> found, Set<String> seen) {
        JarFile jar;
        String prefix;
        try {
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            jar = connection.getJarFile();
            String entry = connection.getEntryName();
            prefix = entry == null || entry.isEmpty() ? "" : entry.endsWith("/") ? entry : entry + "/";
        } catch (IOException | ClassCastException e) {
            throw new ScriptException("Could not open the jar of " + location + " at " + url + ": " + e.getMessage(), e);
        }
        List<JarEntry> entries = new ArrayList<>();
        for (JarEntry e : Collections.list(jar.entries())) {
            String n = e.getName();
            if (!e.isDirectory() && n.startsWith(prefix) && (n.endsWith(".sql") || n.endsWith(".class"))) {
                entries.add(e);
            }
        }
        for (JarEntry e : entries) {
            ScriptResource.JarEntry resource = new ScriptResource.JarEntry(url, e.getName());
            if (!seen.add(resource.origin())) {
                continue;
            }
            String n = e.getName();
            String where = "classpath:" + n;
            if (n.endsWith(".sql")) {
                String fileName = n.substring(n.lastIndexOf('/') + 1);
                try (InputStream in = jar.getInputStream(e)) {
                    found.add(sqlScript(in, where, fileName, resource));
                } catch (IOException ex) {
                    throw unreadable(where, ex);
                }
            } else {
                byte[] bytes;
                try (InputStream in = jar.getInputStream(e)) {
                    bytes = in.readAllBytes();
                } catch (IOException ex) {
                    throw unreadable(where, ex);
                }
                addJavaMigration(n.substring(0, n.length() - 6).replace('/', '.'), where, bytes, found);
            }
        }
    }

    private static SqlScript readSql(String location, String fileName, ScriptResource resource) {
        try (InputStream in = resource.open()) {
            return sqlScript(in, location, fileName, resource);
        } catch (IOException e) {
            throw unreadable(location, e);
        }
    }

    /**
     * A script from its file's bytes: a file of up to {@link #WHOLE_READ_LIMIT} bytes is read whole, and gives its
     * header and its checksum from that one read; of a larger one, only the header is read here.
     */
    private static SqlScript sqlScript(InputStream in, String location, String fileName, ScriptResource resource)
            throws IOException {
        byte[] start = in.readNBytes(WHOLE_READ_LIMIT + 1);
        if (start.length <= WHOLE_READ_LIMIT) {
            Header header = HeaderScanner.scan(new ByteArrayInputStream(start), location, fileName);
            return new SqlScript(header, location, fileName, resource, Checksum.of(start));
        }
        InputStream whole = new SequenceInputStream(new ByteArrayInputStream(start), in);
        return new SqlScript(HeaderScanner.scan(whole, location, fileName), location, fileName, resource, null);
    }

    private static byte[] readClass(String location, ScriptResource resource) {
        try (InputStream in = resource.open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw unreadable(location, e);
        }
    }

    private static ScriptException unreadable(String location, IOException e) {
        return new ScriptException("Could not read " + location + ": " + e.getMessage(), e);
    }

    private void addJavaMigration(String className, String location, byte[] classFile, List<Script> found) {
        if (className.endsWith("module-info") || className.endsWith("package-info")
                || !JavaMigrationClasses.mentionsAnnotation(classFile)) {
            return;
        }
        Class<?> type = JavaMigrationClasses.load(className, location, classLoader);
        if (type != null) {
            found.add(JavaMigrationScript.of(type));
        }
    }
}
