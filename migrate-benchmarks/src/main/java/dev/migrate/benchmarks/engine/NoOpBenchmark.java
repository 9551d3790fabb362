package dev.migrate.benchmarks.engine;

import dev.migrate.command.Migrator;
import dev.migrate.runtime.TransactionMode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * The upgrade that finds nothing to do (W2), with the scripts in a folder ({@code filesystem:}) and the same
 * scripts in a jar on the class path ({@code classpath:}, how an application ships them), for several N on one
 * database. Each call builds a new {@link Migrator}, as a starting application does; the first no-op call records
 * the scripts' fingerprint, the timed ones use it.
 *
 * <p>Run from the project folder after {@code ./mvnw -q -B -ntp -pl migrate-core,migrate-benchmarks -am package
 * -DskipTests}:
 * <pre>
 * java -cp migrate-benchmarks/target/migrate-benchmarks.jar dev.migrate.benchmarks.engine.NoOpBenchmark \
 *     [N list, 100,1000,5000] [rounds, 30] [jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres]
 * </pre>
 */
public final class NoOpBenchmark {

    private NoOpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] ns = Arrays.stream((args.length > 0 ? args[0] : "100,1000,5000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        String postgres = args.length > 2 ? args[2] : null;
        Path work = Files.createTempDirectory("migrate-noop-bench");
        System.out.printf(Locale.ROOT, "no-op upgrade(heads), median (min) of %d calls, each with a new Migrator;"
                + " JVM %s, %d cores%n", rounds, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-10s %6s %22s %22s%n", "database", "N", "folder (filesystem:)",
                "jar (classpath:)");
        for (int n : ns) {
            Path folder = Files.createDirectories(work.resolve("n" + n).resolve("db").resolve("migrations"));
            Path jar = work.resolve("n" + n + ".jar");
            writeScripts(folder, jar, n);
            measure("sqlite", "jdbc:sqlite:" + work.resolve(UUID.randomUUID() + ".db"), n, folder, jar, rounds);
            if (postgres != null) {
                measure("postgresql", createPostgres(postgres), n, folder, jar, rounds);
            }
        }
    }

    private static void measure(String name, String url, int n, Path folder, Path jar, int rounds) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Migrator.Builder fromFolder = Migrator.builder().url(url).locations("filesystem:" + folder);
            Migrator.Builder fromJar = Migrator.builder().url(url).locations("classpath:db/migrations")
                    .classLoader(loader);
            // One transaction on SQLite (one sync instead of N); PostgreSQL's lock table is too small for that at 5,000.
            Migrator.builder().url(url).locations("filesystem:" + folder)
                    .transactionMode(name.equals("sqlite") ? TransactionMode.ALL : TransactionMode.PER_STEP)
                    .build().upgrade("heads");
            long[] folderTimes = new long[rounds];
            long[] jarTimes = new long[rounds];
            for (int warm = 0; warm < 5; warm++) {
                noop(fromFolder);
                noop(fromJar);
            }
            for (int r = 0; r < rounds; r++) {
                folderTimes[r] = noop(fromFolder);
                jarTimes[r] = noop(fromJar);
            }
            System.out.printf(Locale.ROOT, "%-10s %6d %22s %22s%n", name, n, format(folderTimes), format(jarTimes));
        }
    }

    private static long noop(Migrator.Builder builder) {
        long t = System.nanoTime();
        try (Migrator migrator = builder.build()) {
            if (!migrator.upgrade("heads").steps().isEmpty()) {
                throw new IllegalStateException("expected nothing to do");
            }
        }
        return System.nanoTime() - t;
    }

    private static String format(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%.2f ms (%.2f)", sorted[sorted.length / 2] / 1e6, sorted[0] / 1e6);
    }

    private static void writeScripts(Path folder, Path jar, int count) throws IOException {
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(os)) {
            out.putNextEntry(new JarEntry("db/"));
            out.closeEntry();
            out.putNextEntry(new JarEntry("db/migrations/"));
            out.closeEntry();
            for (int i = 1; i <= count; i++) {
                String id = String.format(Locale.ROOT, "r%05d", i);
                String down = i == 1 ? "" : String.format(Locale.ROOT, "-- migrate:down-revision r%05d%n", i - 1);
                String script = "-- migrate:revision " + id + "\n" + down + "-- migrate:message table " + i
                        + "\n\n-- migrate:upgrade\nCREATE TABLE t" + i + " (id INTEGER PRIMARY KEY);\n\n"
                        + "-- migrate:downgrade\nDROP TABLE t" + i + ";\n";
                String name = id + "_table_" + i + ".sql";
                Files.writeString(folder.resolve(name), script);
                out.putNextEntry(new JarEntry("db/migrations/" + name));
                out.write(script.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }

    private static String createPostgres(String adminUrl) {
        String name = "migrate_noop_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(adminUrl); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (Exception e) {
            throw new IllegalStateException("Could not create a database on " + adminUrl + ": " + e.getMessage(), e);
        }
        int q = adminUrl.indexOf('?');
        String base = q < 0 ? adminUrl : adminUrl.substring(0, q);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + (q < 0 ? "" : adminUrl.substring(q));
    }
}
