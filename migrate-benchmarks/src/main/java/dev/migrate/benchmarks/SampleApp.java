package dev.migrate.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/**
 * The sample app's executable jar, unpacked for W6: its classes and libraries as a plain class path
 * (the way Spring Boot recommends running in production), in two variants that differ only in the
 * starter jar. "Without the starter" keeps {@code migrate-core} (the app's own code uses its schema
 * DSL), so the difference is the starter's auto-configuration and all the Migrate work it does.
 */
record SampleApp(Path folder, String mainClass, List<Path> libraries) {

    /** The starter's jar name starts with this. */
    static final String STARTER_JAR = "migrate-spring-boot-starter-";

    /** The head revision of the sample's own seven revisions; W6 chains its generated ones after it. */
    static final String SAMPLE_HEAD = "77ed35e3fd3f";

    /** The sample's own revisions (six SQL scripts and one Java migration). */
    static final int SAMPLE_REVISIONS = 7;

    /** Unpacks {@code jar} (a Spring Boot executable jar) into {@code folder}. */
    static SampleApp unpack(Path jar, Path folder) throws IOException {
        String mainClass;
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            mainClass = manifest == null ? null : manifest.getMainAttributes().getValue("Start-Class");
            if (mainClass == null) {
                throw new IllegalStateException(jar + " has no Start-Class in its manifest: it is not a Spring Boot "
                        + "executable jar; build it with `./mvnw -pl sample-app -am package -DskipTests`");
            }
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory() || !entry.getName().startsWith("BOOT-INF/")) {
                    continue;
                }
                Path target = folder.resolve(entry.getName()).normalize();
                if (!target.startsWith(folder)) {
                    throw new IllegalStateException(jar + " holds an entry outside its folder: " + entry.getName());
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, target);
                }
            }
        }
        List<Path> libraries = new ArrayList<>();
        try (var list = Files.list(folder.resolve("BOOT-INF/lib"))) {
            list.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().forEach(libraries::add);
        }
        if (libraries.stream().noneMatch(SampleApp::isStarter)) {
            throw new IllegalStateException(jar + " holds no " + STARTER_JAR + "*.jar under BOOT-INF/lib: W6 compares "
                    + "the app with and without it");
        }
        return new SampleApp(folder, mainClass, List.copyOf(libraries));
    }

    /** The class path of the app as built ({@code withStarter}) or without the starter jar. */
    String classPath(boolean withStarter) {
        List<String> entries = new ArrayList<>();
        entries.add(folder.resolve("BOOT-INF/classes").toString());
        for (Path library : libraries) {
            if (withStarter || !isStarter(library)) {
                entries.add(library.toString());
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static boolean isStarter(Path library) {
        return library.getFileName().toString().startsWith(STARTER_JAR);
    }

    /** Writes {@code count} revisions chained after the sample's head, each creating one small table. */
    static void writeRevisions(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        String down = SAMPLE_HEAD;
        for (int i = 1; i <= count; i++) {
            String revision = revision(i);
            Files.writeString(dir.resolve(revision + "_create_w6_" + i + ".sql"), """
                    -- migrate:revision %s
                    -- migrate:down-revision %s
                    -- migrate:message create w6_%d

                    -- migrate:upgrade
                    CREATE TABLE w6_%d (id INTEGER PRIMARY KEY, name VARCHAR(100));

                    -- migrate:downgrade
                    DROP TABLE w6_%d;
                    """.formatted(revision, down, i, i, i));
            down = revision;
        }
    }

    /** The id of generated revision {@code i}: twelve characters, like the sample's own. */
    static String revision(int i) {
        return String.format("w6%010d", i);
    }
}
