package dev.migrate.benchmarks;

import java.util.Optional;

/** One timed quantity of the report; several metrics may belong to one workload. */
enum Metric {
    W1("W1", "apply-all: N migrations from an empty database"),
    W2_WARM("W2", "no-op upgrade at head, warm JVM: the call that finds nothing to do"),
    W2_WARM_CPU("W2", "no-op upgrade at head, warm JVM: CPU time of the JVM's Java threads, the calling thread and any "
            + "it hands work to (less sensitive to a busy machine; leaves out waiting, the JIT compiler and GC, and the "
            + "database server's work)"),
    W2_COLD_PROCESS("W2", "no-op upgrade at head, cold process: `java -cp … ColdStart` end to end"),
    W2_COLD_CALL("W2", "no-op upgrade at head, cold process: the call alone, timed inside the new JVM"),
    W3("W3", "status: current revision plus history"),
    W4("W4", "autogenerate / diff: 1,000 tables × 10 columns, no changes");

    private final String workload;
    private final String title;

    Metric(String workload, String title) {
        this.workload = workload;
        this.title = title;
    }

    String workload() {
        return workload;
    }

    String title() {
        return title;
    }

    /** The metric that holds the Java threads' CPU time for this one, if the report shows it. */
    Optional<Metric> cpuTwin() {
        return this == W2_WARM ? Optional.of(W2_WARM_CPU) : Optional.empty();
    }
}
