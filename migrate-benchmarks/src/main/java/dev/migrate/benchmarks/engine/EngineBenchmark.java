package dev.migrate.benchmarks.engine;

import dev.migrate.command.Migrator;
import dev.migrate.command.RunResult;
import dev.migrate.runtime.TransactionMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What the engine costs around the SQL it runs: a full upgrade of N small revisions (one transaction
 * per step with its version-row update and history entry, or one for the whole run), the upgrade that
 * finds nothing to do (what every application start pays: load scripts, take the lock, validate the
 * checksums of N applied scripts), and writing the same upgrade as offline SQL. SQLite always;
 * PostgreSQL when a URL is given.
 *
 * <p>Run from the project folder:
 * <pre>
 * ./mvnw -q -B -ntp -pl migrate-core,migrate-benchmarks -am package -DskipTests dependency:build-classpath \
 *     -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=runtime
 * java -cp "migrate-benchmarks/target/classes:$(cat migrate-benchmarks/target/cp.txt)" \
 *     dev.migrate.benchmarks.engine.EngineBenchmark [revisions, 200] [rounds, 5] \
 *     [jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres]
 * </pre>
 */
public final class EngineBenchmark {

    private EngineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String postgres = args.length > 2 ? args[2] : null;
        Path work = Files.createTempDirectory("migrate-engine-bench");
        try {
            Path scripts = Files.createDirectories(work.resolve("migrations"));
            writeScripts(scripts, count);
            System.out.printf(Locale.ROOT, "%d revisions (CREATE TABLE + INSERT each); JVM %s, %d cores; median of %d"
                    + " rounds%n", count, System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), rounds);
            String location = "filesystem:" + scripts;
            run("sqlite", rounds, count, location, () -> "jdbc:sqlite:" + work.resolve(UUID.randomUUID() + ".db"));
            if (postgres != null) {
                run("postgresql", rounds, count, location, () -> createPostgres(postgres));
            }
            long[] offline = new long[rounds];
            for (int r = 0; r < rounds; r++) {
                long t = System.nanoTime();
                Migrator.builder().dialect("postgresql").locations(location).build().upgradeSql("heads");
                offline[r] = System.nanoTime() - t;
            }
            System.out.printf(Locale.ROOT, "offline upgradeSql(heads):              %8.1f ms%n", median(offline) / 1e6);
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(String name, int rounds, int count, String location, Supplier<String> newDatabase) {
        for (TransactionMode mode : TransactionMode.values()) {
            long[] full = new long[rounds];
            long[] noop = new long[rounds];
            for (int r = 0; r < rounds; r++) {
                Migrator migrator = Migrator.builder().url(newDatabase.get()).locations(location)
                        .transactionMode(mode).build();
                long t = System.nanoTime();
                RunResult result = migrator.upgrade("heads");
                full[r] = System.nanoTime() - t;
                if (result.steps().size() != count) {
                    throw new IllegalStateException("expected " + count + " steps, ran " + result.steps().size());
                }
                t = System.nanoTime();
                migrator.upgrade("heads");
                noop[r] = System.nanoTime() - t;
            }
            long[] raw = new long[rounds];
            for (int r = 0; r < rounds; r++) {
                raw[r] = rawJdbc(newDatabase.get(), count, mode == TransactionMode.PER_STEP);
            }
            System.out.printf(Locale.ROOT, "%-10s %-8s full upgrade: %8.1f ms (%5.2f ms/step; the same SQL by plain JDBC"
                    + " %5.2f ms/step); up to date: %7.1f ms%n", name, mode, median(full) / 1e6,
                    median(full) / 1e6 / count, median(raw) / 1e6 / count, median(noop) / 1e6);
        }
    }

    /** The scripts' statements run by hand: a commit per revision, or one for all. */
    private static long rawJdbc(String url, int count, boolean commitEach) {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            long t = System.nanoTime();
            c.setAutoCommit(false);
            for (int i = 1; i <= count; i++) {
                st.execute("CREATE TABLE t" + i + " (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL)");
                st.execute("INSERT INTO t" + i + " (id, name) VALUES (1, 'row " + i + "')");
                if (commitEach) {
                    c.commit();
                }
            }
            c.commit();
            return System.nanoTime() - t;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String createPostgres(String adminUrl) {
        String name = "migrate_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(adminUrl); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (Exception e) {
            throw new IllegalStateException("Could not create a database on " + adminUrl + ": " + e.getMessage(), e);
        }
        int q = adminUrl.indexOf('?');
        String base = q < 0 ? adminUrl : adminUrl.substring(0, q);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + (q < 0 ? "" : adminUrl.substring(q));
    }

    private static void writeScripts(Path folder, int count) throws IOException {
        for (int i = 1; i <= count; i++) {
            String id = String.format(Locale.ROOT, "r%04d", i);
            String down = i == 1 ? "" : String.format(Locale.ROOT, "-- migrate:down-revision r%04d%n", i - 1);
            Files.writeString(folder.resolve(id + "_table_" + i + ".sql"), "-- migrate:revision " + id + "\n" + down
                    + "-- migrate:message table " + i + "\n\n-- migrate:upgrade\n"
                    + "CREATE TABLE t" + i + " (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);\n"
                    + "INSERT INTO t" + i + " (id, name) VALUES (1, 'row " + i + "');\n\n"
                    + "-- migrate:downgrade\nDROP TABLE t" + i + ";\n");
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
