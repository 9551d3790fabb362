package dev.migrate.benchmarks;

import java.util.List;

/** The W5 and W6 slots of the report. */
final class Externals {

    static final String W5_TITLE = "SQLite table rebuild of a 1,000,000-row table vs the bare `INSERT … SELECT` copy";
    static final String W6_TITLE = "start of the sample app at head, with and without the starter";

    private Externals() {
    }

    static List<External> collect(Options options) {
        return List.of(w5(options), w6(options));
    }

    private static External w5(Options options) {
        return new External.Pending("W5", W5_TITLE,
                "pending: `dev.migrate.benchmarks.rebuild.SqliteRebuildBenchmark` (another helper's) is not merged yet.",
                "The rebuild benchmark times Migrate's SQLite table rebuild (new table, copy, drop, rename) of a "
                        + "1,000,000-row table against the bare `INSERT INTO new SELECT … FROM old` copy on the same file; "
                        + "the target is a ratio of at most 1.3.");
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
