package dev.migrate.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.op.MigrationRevision;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles Java sources and builds jars for the tests that scan jars. */
final class TestJars {

    private TestJars() {
    }

    /** Where a class of the main or test classpath was loaded from (a folder or a jar). */
    static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compiles {@code sources} (class name to source) into {@code out}, against migrate-core's classes. */
    static void compile(Path out, Map<String, String> sources, Path... classpath) {
        try {
            Path src = Files.createTempDirectory("migrate-src");
            List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-proc:none", "-classpath",
                    Stream.concat(Stream.of(codeSource(MigrationRevision.class)), Stream.of(classpath))
                            .map(Path::toString).reduce((a, b) -> a + java.io.File.pathSeparator + b).orElseThrow()));
            for (Map.Entry<String, String> e : sources.entrySet()) {
                Path file = src.resolve(e.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue());
                args.add(file.toString());
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            assertThat(javac.run(null, null, null, args.toArray(String[]::new))).as("javac exit code").isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code dir}, as jar entry name to bytes. */
    static Map<String, byte[]> filesOf(Path dir, String prefix) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(prefix + dir.relativize(p).toString().replace(java.io.File.separatorChar, '/'),
                        Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Every file entry of a jar, as name to bytes. */
    static Map<String, byte[]> filesOfJar(Path jar) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (java.util.jar.JarFile jf = new java.util.jar.JarFile(jar.toFile())) {
            for (JarEntry e : java.util.Collections.list(jf.entries())) {
                if (!e.isDirectory()) {
                    files.put(e.getName(), jf.getInputStream(e).readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes a jar of {@code entries}, with an entry for every folder (as the jar tools write them).
     *
     * @param stored entries whose names end with one of these are stored uncompressed (nested jars must be)
     */
    static Path jar(Path file, Manifest manifest, Map<String, byte[]> entries, String... stored) {
        TreeSet<String> folders = new TreeSet<>();
        for (String name : entries.keySet()) {
            for (int i = name.indexOf('/'); i >= 0; i = name.indexOf('/', i + 1)) {
                folders.add(name.substring(0, i + 1));
            }
        }
        try (OutputStream os = Files.newOutputStream(file);
                JarOutputStream jar = manifest == null ? new JarOutputStream(os) : new JarOutputStream(os, manifest)) {
            for (String folder : folders) {
                if (!folder.equals("META-INF/") || manifest == null) {
                    jar.putNextEntry(new JarEntry(folder));
                    jar.closeEntry();
                }
            }
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                JarEntry entry = new JarEntry(e.getKey());
                if (Stream.of(stored).anyMatch(e.getKey()::endsWith)) {
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.getValue().length);
                    entry.setCompressedSize(e.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                jar.putNextEntry(entry);
                jar.write(e.getValue());
                jar.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
