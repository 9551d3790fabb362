package dev.migrate.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * W6: the start of the sample app whose SQLite database is at head with 100 revisions, with and
 * without the starter, and without it but opening its database at startup (which separates Migrate's share from
 * the JDBC driver's first connection). Each start is a new JVM, timed until the application reports ready; the
 * variants alternate (the order flips every repetition) after one untimed start of each.
 */
final class AppStart {

    static final int REVISIONS = 100;

    /** The target: at most 50 ms added. */
    static final long TARGET_NANOS = 50_000_000L;

    static final String DESIGN = "Unpack `sample-app/target/sample-app.jar` and start it as a new JVM (plain class path) "
            + "against an SQLite database at head with 100 revisions, alternately with the starter, without its jar, and "
            + "without it but opening the database at startup; time from launch to the ready event; the target is a "
            + "difference of medians of at most 50 ms.";

    /**
     * What one variant is: its name in the report, whether the starter jar is on the class path, and the arguments
     * it adds to those of every start.
     */
    private record Variant(String name, boolean withStarter, List<String> arguments) {
    }

    private static final Variant WITH = new Variant("with the starter", true, List.of());
    private static final Variant WITHOUT = new Variant("without the starter", false, List.of());

    /**
     * The app without the starter that opens its database while starting, as an app that checks or prepares its
     * database at startup does: Spring Boot's SQL initialization runs a one-line {@code SELECT 1} script, which
     * starts the connection pool and so pays the JDBC driver's first connection.
     */
    private static Variant opening(Path script) {
        return new Variant(OPENING, false, List.of("--spring.sql.init.mode=always",
                "--spring.sql.init.schema-locations=file:" + script.toAbsolutePath()));
    }

    static final String OPENING = "without the starter, opening its database at startup";

    private AppStart() {
    }

    static External run(Path sampleJar, Path work, int repetitions) {
        if (!Files.isRegularFile(sampleJar)) {
            return new External.Pending("W6", Externals.W6_TITLE, "not run: " + sampleJar + " is missing; build it with "
                    + "`./mvnw -q -B -ntp -pl sample-app -am package -DskipTests`.", DESIGN);
        }
        try {
            return measure(sampleJar, work, repetitions);
        } catch (Exception e) {
            return new External.Pending("W6", Externals.W6_TITLE, "failed: " + Harness.message(e), DESIGN);
        }
    }

    private static External measure(Path sampleJar, Path work, int repetitions) throws Exception {
        SampleApp app = SampleApp.unpack(sampleJar, Files.createDirectories(work.resolve("app")));
        Path scripts = work.resolve("scripts");
        SampleApp.writeRevisions(scripts, REVISIONS - SampleApp.SAMPLE_REVISIONS);
        Path database = work.resolve("sample.db");
        List<String> args = List.of("--server.port=0",
                "--spring.datasource.url=jdbc:sqlite:" + database + "?foreign_keys=true&date_class=text",
                "--migrate.locations=classpath:db/migrations,filesystem:" + scripts.toAbsolutePath(),
                AppProcess.READY_LOGGING);
        AppProcess processes = AppProcess.sameJava();
        String head = SampleApp.revision(REVISIONS - SampleApp.SAMPLE_REVISIONS);
        Variant opening = opening(Files.writeString(work.resolve("select-one.sql"), "SELECT 1;\n"));
        List<Variant> variants = List.of(WITH, WITHOUT, opening);
        List<Variant> reversed = new ArrayList<>(variants);
        java.util.Collections.reverse(reversed);

        log("bringing the database to head (" + REVISIONS + " revisions) with a first start");
        expect(start(processes, app, WITH, args), "Migrated from base to " + head + ": " + REVISIONS + " revisions");
        Map<String, List<Long>> wall = new TreeMap<>();
        Map<String, List<Long>> cpu = new TreeMap<>();
        Map<String, List<Long>> runners = new TreeMap<>();
        for (Variant variant : variants) {
            AppProcess.Start untimed = start(processes, app, variant, args);
            check(variant, untimed, head);
            wall.put(variant.name(), new ArrayList<>());
            cpu.put(variant.name(), new ArrayList<>());
            runners.put(variant.name(), new ArrayList<>());
        }
        for (int rep = 0; rep < repetitions; rep++) {
            for (Variant variant : rep % 2 == 0 ? variants : reversed) {
                AppProcess.Start run = start(processes, app, variant, args);
                check(variant, run, head);
                wall.get(variant.name()).add(run.wallNanos());
                if (run.cpuNanos() >= 0) {
                    cpu.get(variant.name()).add(run.cpuNanos());
                }
                if (run.startedToReadyNanos() >= 0) {
                    runners.get(variant.name()).add(run.startedToReadyNanos());
                }
                log(variant.name() + " " + (rep + 1) + "/" + repetitions + ": ready after " + Stats.millis(run.wallNanos())
                        + " ms" + (run.cpuNanos() >= 0 ? " (process CPU " + Stats.millis(run.cpuNanos()) + " ms)" : ""));
            }
        }
        List<Long> paired = new ArrayList<>();
        List<Long> pairedOpening = new ArrayList<>();
        for (int rep = 0; rep < repetitions; rep++) {
            paired.add(wall.get(WITH.name()).get(rep) - wall.get(WITHOUT.name()).get(rep));
            pairedOpening.add(wall.get(WITH.name()).get(rep) - wall.get(OPENING).get(rep));
        }
        Baseline openingBaseline = new Baseline(Stats.of(wall.get(OPENING)), statsOrNull(cpu.get(OPENING)),
                statsOrNull(runners.get(OPENING)), pairedOpening);
        return result(app, sampleJar, repetitions, Stats.of(wall.get(WITH.name())), Stats.of(wall.get(WITHOUT.name())),
                paired, statsOrNull(cpu.get(WITH.name())), statsOrNull(cpu.get(WITHOUT.name())),
                statsOrNull(runners.get(WITH.name())), statsOrNull(runners.get(WITHOUT.name())), openingBaseline);
    }

    /**
     * The starts of the app without the starter that opens its database at startup, and the paired differences
     * (with the starter − this) of each repetition.
     */
    record Baseline(Stats wall, Stats cpu, Stats runners, List<Long> pairedWithStarter) {
    }

    private static AppProcess.Start start(AppProcess processes, SampleApp app, Variant variant, List<String> args)
            throws Exception {
        List<String> all = new ArrayList<>(args);
        all.addAll(variant.arguments());
        return processes.start(app.classPath(variant.withStarter()), app.mainClass(), all);
    }

    /** The starter logs that it found nothing to do; without it, nothing of Migrate's startup runs. */
    private static void check(Variant variant, AppProcess.Start start, String head) {
        if (variant.withStarter()) {
            expect(start, "Database at head " + head + "; nothing to migrate");
        } else if (start.logged("nothing to migrate") || start.logged("MigrateStartup")) {
            throw new IllegalStateException("The start without the starter jar still ran Migrate's startup work");
        } else if (!variant.arguments().isEmpty()) {
            expect(start, " - Start completed"); // the connection pool's line: the database was opened
        }
    }

    private static void expect(AppProcess.Start start, String line) {
        if (!start.logged(line)) {
            throw new IllegalStateException("The sample app did not log '" + line + "' before it was ready; it logged:\n"
                    + String.join("\n", start.output()));
        }
    }

    /**
     * The report's section; {@code pairedSamples} holds the differences (with − without) of the two starts of
     * each repetition, which ran next to each other, under the same load: its median is the figure
     * the target is checked against.
     */
    static External result(SampleApp app, Path sampleJar, int repetitions, Stats with, Stats without,
            List<Long> pairedSamples, Stats cpuWith, Stats cpuWithout, Stats runnersWith, Stats runnersWithout,
            Baseline opening) {
        Stats paired = Stats.of(pairedSamples);
        double added = paired.median() / 1e6;
        StringBuilder md = new StringBuilder();
        md.append("The sample app (`").append(sampleJar.getFileName()).append("`, main class `").append(app.mainClass())
                .append("`) unpacked and started as a new JVM with a plain class path, `--server.port=0`, its SQLite database ")
                .append("in a file at head with ").append(REVISIONS).append(" revisions (its own ")
                .append(SampleApp.SAMPLE_REVISIONS).append(" and ").append(REVISIONS - SampleApp.SAMPLE_REVISIONS)
                .append(" generated ones chained after them, `--migrate.locations=classpath:db/migrations,filesystem:…`). ")
                .append("*With the starter* is the app as built: at startup the starter checks the database, finds it at head ")
                .append("and logs so, before the app is ready. *Without the starter* is the same class path minus the ")
                .append("`migrate-spring-boot-starter` jar (`migrate-core` stays: the app's own code uses its schema DSL), so ")
                .append("no Migrate auto-configuration, runner, filter, endpoint or health indicator exists. ")
                .append("Each start is timed from launching the JVM to the ready event (the DEBUG line of ")
                .append("`ApplicationAvailabilityBean` that readiness is `ACCEPTING_TRAFFIC`, published after every ")
                .append("application runner). The variants alternate, the order flipping every repetition, after one untimed ")
                .append("start each; ").append(repetitions).append(" timed starts per variant.\n\n");
        md.append("| variant | to ready (wall) | process CPU time until ready | \"Started\" line → ready (log) |\n");
        md.append("|---|---:|---:|---:|\n");
        md.append("| with the starter | ").append(with.cell()).append(" | ").append(cell(cpuWith)).append(" | ")
                .append(cell(runnersWith)).append(" |\n");
        md.append("| without the starter | ").append(without.cell()).append(" | ").append(cell(cpuWithout)).append(" | ")
                .append(cell(runnersWithout)).append(" |\n");
        if (opening != null) {
            md.append("| ").append(OPENING).append(" | ").append(opening.wall().cell()).append(" | ")
                    .append(cell(opening.cpu())).append(" | ").append(cell(opening.runners())).append(" |\n");
        }
        md.append("| difference of medians | ").append(signed(with.median() - without.median())).append(" | ")
                .append(cpuWith == null || cpuWithout == null ? "—" : signed(cpuWith.median() - cpuWithout.median()))
                .append(" | |\n");
        md.append("| **added by the starter** (median of the paired differences, range) | **").append(signed(paired.median()))
                .append("** (").append(signed(paired.min())).append(" … ").append(signed(paired.max())).append(") | | |\n\n");
        md.append("CPU time is all threads of the process (JIT compiler and GC included) from `/proc/<pid>/stat`, in 10 ms ")
                .append("ticks; it is less sensitive than wall time to other work on the machine. On a busy machine the ")
                .append("spread of single starts is far wider than 50 ms: the two starts of a repetition run one after the ")
                .append("other, so their difference shares the load of that moment; read its median with the range. ")
                .append("The last column is the part of the start after the context refreshed (Spring Boot's \"Started … in\" ")
                .append("line) until ready, from the log's own timestamps (millisecond resolution): the application runners, ")
                .append("among them the starter's check of the database; it leaves out the rest of the start and so the ")
                .append("machine's noise there, but also the starter's auto-configuration during the refresh.\n");
        long[] interval = medianInterval(pairedSamples);
        String inconclusive = inconclusive(interval);
        if (interval != null) {
            md.append("\nThe median paired difference lies between ").append(signed(interval[0])).append(" and ")
                    .append(signed(interval[1])).append(" with at least 90% confidence (sign-test interval of the median). ")
                    .append(inconclusive != null ? "It holds both sides of the 50 ms target, so this run cannot decide it.\n"
                            : "\n");
        }
        List<Targets.Check> ownShare = List.of();
        if (opening != null) {
            long[] openingInterval = medianInterval(opening.pairedWithStarter());
            md.append(openingSection(opening, openingInterval));
            ownShare = List.of(ownShare(opening, openingInterval));
        }
        return new External.Measured("W6", Externals.W6_TITLE, md.toString(), added,
                " ms added (median of the paired differences of ready time, with the starter − without; " + REVISIONS
                        + " revisions at head)", inconclusive, ownShare);
    }

    /**
     * Why a median paired difference with this 90% {@code interval} cannot decide the 50 ms target, or
     * {@code null} when it can.
     */
    private static String inconclusive(long[] interval) {
        if (interval == null) {
            return "too few repetitions for an interval of the median (at least 6)";
        }
        if (interval[0] <= TARGET_NANOS && interval[1] > TARGET_NANOS) {
            return "the 90% interval of the median paired difference (" + signed(interval[0]) + " … "
                    + signed(interval[1]) + ") holds both sides of 50 ms; run again on a quieter machine or with more --reps";
        }
        return null;
    }

    /**
     * The same target read against the app that opens its database at startup: what Migrate itself adds, the JDBC
     * driver's first connection left out.
     */
    private static Targets.Check ownShare(Baseline opening, long[] interval) {
        long median = Stats.of(opening.pairedWithStarter()).median();
        String inconclusive = inconclusive(interval);
        return new Targets.Check("W6, Migrate's own share: the starter adds at most 50 ms to an application that "
                + "opens its database at startup",
                signed(median) + " added (median of the paired differences of ready time, with the starter − "
                        + OPENING + (interval == null ? "" : "; 90% interval " + signed(interval[0]) + " … "
                        + signed(interval[1])) + ")",
                inconclusive != null ? "inconclusive: " + inconclusive : median <= TARGET_NANOS ? "met" : "missed");
    }

    /**
     * What the starter adds over the app that opens its database at startup: Migrate's own share, without the JDBC
     * driver's first connection, which any check of the database at startup pays.
     */
    private static String openingSection(Baseline opening, long[] interval) {
        Stats paired = Stats.of(opening.pairedWithStarter());
        StringBuilder md = new StringBuilder();
        md.append("\n*").append(OPENING.substring(0, 1).toUpperCase(java.util.Locale.ROOT)).append(OPENING.substring(1))
                .append("* is the app without the starter jar, started with `--spring.sql.init.mode=always` and a ")
                .append("one-line `SELECT 1;` script: Spring Boot's SQL initialization opens the connection pool while the ")
                .append("context refreshes, as an app that checks or prepares its database at startup does. Without the ")
                .append("starter, the sample app opens no connection until its first request; so *added by the starter* ")
                .append("includes the JDBC driver's first connection (for sqlite-jdbc: extracting and loading its native ")
                .append("library, its class loading), which any startup check of the database pays, Spring Boot's Flyway ")
                .append("and Liquibase integrations too. Against this variant the difference is Migrate's own share: ")
                .append("its classes, beans and the check of the database.\n\n");
        md.append("| | median of the paired differences of ready time (range) | 90% interval of the median |\n");
        md.append("|---|---:|---:|\n");
        md.append("| with the starter − ").append(OPENING).append(" | ").append(signed(paired.median())).append(" (")
                .append(signed(paired.min())).append(" … ").append(signed(paired.max())).append(") | ")
                .append(interval == null ? "—" : signed(interval[0]) + " … " + signed(interval[1])).append(" |\n");
        return md.toString();
    }

    /**
     * A distribution-free interval for the median of {@code samples} (the sign test's): the k-th smallest
     * and k-th largest sample, for the largest k whose interval has at least 90% confidence; null for
     * fewer than 6 samples (or when no k reaches it).
     */
    static long[] medianInterval(List<Long> samples) {
        int n = samples.size();
        if (n < 6) {
            return null;
        }
        List<Long> sorted = new ArrayList<>(samples);
        java.util.Collections.sort(sorted);
        double cumulative = 0;
        double all = Math.pow(2, n);
        int k = 0;
        double choose = 1;
        for (int i = 0; i < n / 2; i++) {
            cumulative += choose / all; // P(B <= i) for B ~ Binomial(n, 1/2)
            if (1 - 2 * cumulative < 0.90) {
                break;
            }
            k = i + 1;
            choose = choose * (n - i) / (i + 1);
        }
        return k == 0 ? null : new long[] {sorted.get(k - 1), sorted.get(n - k)};
    }

    private static Stats statsOrNull(List<Long> samples) {
        return samples.isEmpty() ? null : Stats.of(samples);
    }

    private static String cell(Stats stats) {
        return stats == null ? "—" : stats.cell();
    }

    private static String signed(long nanos) {
        return String.format("%+.0f ms", nanos / 1e6);
    }

    private static void log(String message) {
        System.out.println("[sqlite] W6 " + message);
    }
}
