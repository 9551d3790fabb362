package dev.migrate.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The performance targets of issue 9, each checked against what this run measured. */
final class Targets {

    /** One target and the verdict on it. */
    record Check(String target, String measured, String verdict) {
    }

    static final String MIGRATE = "migrate";

    private Targets() {
    }

    static List<Check> evaluate(Results results, List<External> externals, boolean migrateMeasured) {
        List<Check> checks = new ArrayList<>();
        for (Dbms dbms : Dbms.values()) {
            faster(checks, results, Metric.W2_WARM, dbms, 1_000, "flyway", "Flyway", 10, migrateMeasured);
            faster(checks, results, Metric.W2_WARM, dbms, 1_000, "liquibase", "Liquibase", 10, migrateMeasured);
        }
        for (Dbms dbms : Dbms.values()) {
            String target = "W2 (warm), " + dbms.label() + ": Migrate grows less than 2× from N=100 to N=5,000";
            Optional<Stats> small = results.get(Metric.W2_WARM, dbms, 100, MIGRATE);
            Optional<Stats> large = results.get(Metric.W2_WARM, dbms, 5_000, MIGRATE);
            if (!migrateMeasured || small.isEmpty() || large.isEmpty()) {
                checks.add(new Check(target, "—", notMeasured(migrateMeasured)));
            } else {
                double growth = (double) large.get().median() / small.get().median();
                String measured = String.format("%.2f× (%s → %s ms)", growth, Stats.millis(small.get().median()),
                        Stats.millis(large.get().median()));
                checks.add(new Check(target, measured, growth < 2 ? "met" : "missed"));
            }
        }
        for (Dbms dbms : Dbms.values()) {
            faster(checks, results, Metric.W1, dbms, 1_000, "flyway", "Flyway", 1.5, migrateMeasured);
            faster(checks, results, Metric.W1, dbms, 1_000, "liquibase", "Liquibase", 3, migrateMeasured);
        }
        String w4 = "W4, PostgreSQL: Migrate's autogenerate with no changes under 2 s";
        Optional<Stats> autogenerate = results.get(Metric.W4, Dbms.POSTGRESQL, 0, MIGRATE);
        if (autogenerate.isPresent()) {
            checks.add(new Check(w4, Stats.millis(autogenerate.get().median()) + " ms",
                    autogenerate.get().median() < 2_000_000_000L ? "met" : "missed"));
        } else {
            checks.add(new Check(w4, "—", "not measured in this run (add --workload W4)"));
        }
        for (External external : externals) {
            String target = external.workload().equals("W5") ? "W5: the SQLite rebuild at most 1.3× the bare copy"
                    : "W6: the starter adds at most 50 ms to the application's start";
            double bound = external.workload().equals("W5") ? 1.3 : 50;
            if (external instanceof External.Measured measured) {
                if (measured.ratio() == null) {
                    checks.add(new Check(target, "—", "not measured: its output could not be read (see " + external.workload() + ")"));
                } else {
                    String figure = external.workload().equals("W6") ? String.format("%+.0f", measured.ratio())
                            : String.format("%.2f", measured.ratio());
                    checks.add(new Check(target, figure + measured.ratioMeaning(), measured.inconclusive() != null
                            ? "inconclusive: " + measured.inconclusive() : measured.ratio() <= bound ? "met" : "missed"));
                }
                checks.addAll(measured.moreChecks());
            } else if (external instanceof External.Pending pending) {
                checks.add(new Check(target, "—", "not measured: " + pending.reason()));
            }
        }
        return checks;
    }

    private static void faster(List<Check> checks, Results results, Metric metric, Dbms dbms, int n, String peer,
            String peerName, double factor, boolean migrateMeasured) {
        String target = metric.workload() + (metric == Metric.W2_WARM ? " (warm)" : "") + " at N=" + String.format("%,d", n)
                + ", " + dbms.label() + ": Migrate at least " + trim(factor) + "× faster than " + peerName;
        Optional<Stats> migrate = results.get(metric, dbms, n, MIGRATE);
        Optional<Stats> other = results.get(metric, dbms, n, peer);
        if (!migrateMeasured || migrate.isEmpty() || other.isEmpty()) {
            checks.add(new Check(target, "—", notMeasured(migrateMeasured)));
            return;
        }
        double ratio = (double) other.get().median() / migrate.get().median();
        String measured = String.format("%.1f×", ratio);
        Optional<Metric> twin = metric.cpuTwin();
        if (twin.isPresent()) {
            Optional<Stats> migrateCpu = results.get(twin.get(), dbms, n, MIGRATE);
            Optional<Stats> otherCpu = results.get(twin.get(), dbms, n, peer);
            if (migrateCpu.isPresent() && otherCpu.isPresent()) {
                measured += String.format(" (CPU time: %.1f×)", (double) otherCpu.get().median() / migrateCpu.get().median());
            }
        }
        checks.add(new Check(target, measured, ratio >= factor ? "met" : "missed"));
    }

    private static String notMeasured(boolean migrateMeasured) {
        return migrateMeasured ? "not measured in this run" : "not measured: no Migrate figures in this run (see above)";
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
