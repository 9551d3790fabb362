package dev.migrate.benchmarks.scripts;

import dev.migrate.script.Script;
import dev.migrate.script.ScriptLoader;
import dev.migrate.script.Scripts;
import dev.migrate.script.SqlScript;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * How long loading 1,000 SQL scripts takes: from a folder and from a jar on the classpath (headers only, as at
 * startup), and, to compare, from a folder reading every body too (statements and checksums).
 *
 * <p>Run from the project folder:
 * <pre>
 * ./mvnw -q -B -ntp -pl migrate-core,migrate-benchmarks -am package -DskipTests dependency:build-classpath \
 *     -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=runtime
 * java -cp "migrate-benchmarks/target/classes:$(cat migrate-benchmarks/target/cp.txt)" \
 *     dev.migrate.benchmarks.scripts.ScriptLoadBenchmark [scripts, 1000] [rounds, 30]
 * </pre>
 */
public final class ScriptLoadBenchmark {

    private ScriptLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path work = Files.createTempDirectory("migrate-script-bench");
        try {
            Path folder = Files.createDirectories(work.resolve("db/migrations"));
            long bytes = writeScripts(folder, count);
            Path jar = writeJar(work.resolve("migrations.jar"), folder);
            System.out.printf(Locale.ROOT, "%d SQL scripts, %.1f KiB in all; JVM %s, %d cores%n", count,
                    bytes / 1024.0, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
            ScriptLoader loader = new ScriptLoader(ScriptLoadBenchmark.class.getClassLoader());
            try (URLClassLoader jarLoader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
                ScriptLoader fromJar = new ScriptLoader(jarLoader);
                report("folder, headers only", rounds, count, () -> loader.load(folder.toString()));
                report("jar on the classpath, headers only", rounds, count, () -> fromJar.load("classpath:db/migrations"));
                report("folder, headers + every body (statements, checksum)", rounds, count, () -> {
                    Scripts scripts = loader.load(folder.toString());
                    for (Script s : scripts) {
                        SqlScript sql = (SqlScript) s;
                        sql.upgradeStatements();
                        sql.checksum();
                    }
                    return scripts;
                });
            }
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void report(String what, int rounds, int count, Supplier<Scripts> load) {
        long first = time(load, count);
        long[] times = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            times[i] = time(load, count);
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "%-55s first %7.1f ms   median %6.1f ms   min %6.1f ms   (%d rounds)%n", what,
                first / 1e6, times[rounds / 2] / 1e6, times[0] / 1e6, rounds);
    }

    private static long time(Supplier<Scripts> load, int count) {
        long start = System.nanoTime();
        Scripts scripts = load.get();
        long elapsed = System.nanoTime() - start;
        if (scripts.size() != count) {
            throw new IllegalStateException("loaded " + scripts.size() + " scripts, expected " + count);
        }
        return elapsed;
    }

    /** Writes {@code count} chained scripts of about 1.5 KiB each; returns their total size. */
    static long writeScripts(Path folder, int count) throws IOException {
        long total = 0;
        String down = "";
        for (int i = 0; i < count; i++) {
            String id = String.format(Locale.ROOT, "%012x", 0x100000L + i * 7919L);
            StringBuilder s = new StringBuilder();
            s.append("-- migrate:revision ").append(id).append('\n');
            s.append("-- migrate:down-revision ").append(down).append('\n');
            s.append("-- migrate:message add table number ").append(i).append("\n\n-- migrate:upgrade\n");
            s.append("CREATE TABLE t").append(i).append(" (\n  id BIGINT PRIMARY KEY,\n  name VARCHAR(200) NOT NULL,\n")
                    .append("  note TEXT DEFAULT 'none; yet',\n  created TIMESTAMP\n);\n");
            for (int j = 0; j < 12; j++) {
                s.append("INSERT INTO t").append(i).append(" (id, name) VALUES (").append(j)
                        .append(", 'row ").append(j).append(" -- with a comment-like text; and a semicolon');\n");
            }
            s.append("\n-- migrate:downgrade\nDROP TABLE t").append(i).append(";\n");
            byte[] bytes = s.toString().getBytes(StandardCharsets.UTF_8);
            Files.write(folder.resolve(id + "_add_table_number_" + i + ".sql"), bytes);
            total += bytes.length;
            down = id;
        }
        return total;
    }

    static Path writeJar(Path jar, Path folder) throws IOException {
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(os);
                Stream<Path> files = Files.list(folder)) {
            out.putNextEntry(new JarEntry("db/"));
            out.closeEntry();
            out.putNextEntry(new JarEntry("db/migrations/"));
            out.closeEntry();
            for (Path file : files.sorted().toList()) {
                out.putNextEntry(new JarEntry("db/migrations/" + file.getFileName()));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        return jar;
    }
}
