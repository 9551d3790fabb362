package dev.migrate.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The W5 and W6 slots of the report. */
final class Externals {

    static final String W5_TITLE = "SQLite table rebuild of a 1,000,000-row table vs the bare `INSERT … SELECT` copy";
    static final String W6_TITLE = "start of the sample app at head (100 revisions), with and without the starter";

    private Externals() {
    }

    static final String W5_DESIGN = "The rebuild benchmark times Migrate's SQLite table rebuild (new table, copy, drop, "
            + "rename) of a 1,000,000-row table against the bare `INSERT INTO copy SELECT * FROM t` on the same file; "
            + "the target is a ratio of at most 1.3.";

    /** The selected external workloads, run now: W5 in its own JVM, W6 as new JVMs of the sample app in {@code root}. */
    static List<External> collect(Options options, Jvm jvm, Path root) throws IOException {
        List<External> externals = new ArrayList<>();
        if (options.runs("W5")) {
            externals.add(options.quick() ? RebuildWorkload.run(jvm, 200_000, 2) : RebuildWorkload.run(jvm, 1_000_000, 5));
        }
        if (options.runs("W6")) {
            externals.add(w6(options, root));
        }
        return externals;
    }

    private static External w6(Options options, Path root) throws IOException {
        Path work = Files.createTempDirectory("migrate-benchmarks-w6-");
        try {
            Path jar = options.sampleJar() != null ? options.sampleJar().toAbsolutePath()
                    : root.resolve("sample-app/target/sample-app.jar");
            return AppStart.run(jar, work,
                    options.reps() > 0 ? options.reps() : options.quick() ? 3 : 30);
        } finally {
            Benchmarks.deleteRecursively(work);
        }
    }
}
