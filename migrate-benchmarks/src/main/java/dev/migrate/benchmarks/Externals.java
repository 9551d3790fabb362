package dev.migrate.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** The W5 and W6 slots of the report. */
final class Externals {

    static final String W5_TITLE = "SQLite table rebuild of a 1,000,000-row table vs the bare `INSERT … SELECT` copy";
    static final String W6_TITLE = "start of the sample app at head, with and without the starter";

    private Externals() {
    }

    static final String W5_DESIGN = "The rebuild benchmark times Migrate's SQLite table rebuild (new table, copy, drop, "
            + "rename) of a 1,000,000-row table against the bare `INSERT INTO copy SELECT * FROM t` on the same file; "
            + "the target is a ratio of at most 1.3.";

    /** The selected external workloads, W5 run now (in its own JVM). */
    static List<External> collect(Options options, Jvm jvm) {
        List<External> externals = new ArrayList<>();
        if (options.runs("W5")) {
            externals.add(options.quick() ? RebuildWorkload.run(jvm, 200_000, 2) : RebuildWorkload.run(jvm, 1_000_000, 5));
        }
        if (options.runs("W6")) {
            externals.add(w6(options));
        }
        return externals;
    }

    private static External w6(Options options) {
        return new External.Pending("W6", W6_TITLE,
                "pending: the Spring Boot starter and the sample app do not exist yet.",
                "Start `sample-app/target/sample-app.jar` as a new process against a database already at head, "
                        + "alternately with `--migrate.enabled=true` and `--migrate.enabled=false`, several times each; time "
                        + "from process start to the application's \"Started … in\" line; the target is a difference of medians of "
                        + "at most 50 ms.");
    }
}
