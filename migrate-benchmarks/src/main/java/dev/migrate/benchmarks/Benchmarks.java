package dev.migrate.benchmarks;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs Migrate, Flyway and Liquibase side by side on identical workloads and writes the report
 * ({@code docs/benchmarks.md} and its chart for a full run). See {@link Options#USAGE} for the options.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    /** Entry point; exit status 2 for bad options, 1 when the run itself fails. */
    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(Options.USAGE);
            return;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Path root = repositoryRoot();
        Path out = options.out() != null ? options.out().toAbsolutePath()
                : options.full() ? root.resolve("docs/benchmarks.md")
                : root.resolve("migrate-benchmarks/target/benchmarks/benchmarks.md");
        Files.createDirectories(out.getParent());
        Path work = Files.createTempDirectory("migrate-benchmarks-");
        ZonedDateTime started = ZonedDateTime.now();
        long start = System.nanoTime();
        Machine machine = Machine.describe();

        Databases databases = new Databases(work, options.postgresUrl());
        List<Tool> tools = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (String id : Tools.ids()) {
            if (options.includesTool(id)) {
                Tool tool = Tools.byId(id);
                String gap = Tools.unusable(tool, databases, work);
                if (gap == null) {
                    tools.add(tool);
                } else {
                    gaps.add(gap);
                }
            }
        }
        Map<Dbms, String> versions = new EnumMap<>(Dbms.class);
        for (Dbms dbms : options.databases()) {
            versions.put(dbms, databases.version(dbms) + (dbms == Dbms.POSTGRESQL
                    ? " at " + new Target(dbms, options.postgresUrl()).safeUrl() : ", a file on the local disk"));
        }
        Jvm jvm = null;
        List<String> setupNotes = new ArrayList<>();
        try {
            jvm = Jvm.forThisJar();
        } catch (IllegalStateException e) {
            setupNotes.add("W2 cold runs and W5 skipped: " + e.getMessage() + ".");
        }
        ColdRunner cold = jvm != null && options.runs("W2") && options.cold() ? new ColdRunner(jvm) : null;
        Results results;
        try {
            results = new Harness(options, tools, databases, work, cold).run();
        } finally {
            databases.dropAll();
            deleteRecursively(work);
        }
        setupNotes.forEach(results::note);

        List<External> externals = Externals.collect(options, jvm, root);
        String baseName = out.getFileName().toString().replaceFirst("\\.md$", "");
        Path png = out.resolveSibling(baseName + ".png");
        boolean charted = Chart.write(png, results, tools, List.copyOf(options.databases()), List.copyOf(options.ns()));
        Report.Run run = new Report.Run(options, String.join(" ", args), started,
                Duration.ofNanos(System.nanoTime() - start), machine, Machine.currentLoadAverage(), versions, tools,
                gaps, externals, charted ? png.getFileName().toString() : null);
        Files.writeString(out, Report.render(run, results));
        System.out.println("Report written to " + out + (charted ? " and chart to " + png : ""));
    }

    /** The repository root: three levels above the benchmark jar (or classes folder) in migrate-benchmarks/target. */
    private static Path repositoryRoot() throws URISyntaxException {
        Path location = Path.of(Benchmarks.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path root = location.getParent().getParent().getParent();
        if (!Files.isDirectory(root.resolve("migrate-benchmarks"))) {
            return Path.of("").toAbsolutePath();
        }
        return root;
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
