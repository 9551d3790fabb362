package dev.migrate.benchmarks.graph;

import dev.migrate.graph.Plan;
import dev.migrate.graph.Revision;
import dev.migrate.graph.RevisionGraph;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Builds, validates and plans a 10,000-revision graph: a long main line with 200 side branches that fork off
 * and merge back, some depends-on across branches and some branch labels, loaded in file-name order (random
 * ids, as Alembic generates them). Acceptance: build + validate + plan base to heads under 200 ms.
 *
 * <p>Run: {@code ./mvnw -q -pl migrate-core,migrate-benchmarks -am package -DskipTests} then
 * {@code java -cp migrate-core/target/classes:migrate-benchmarks/target/classes
 * dev.migrate.benchmarks.graph.GraphBenchmark [warmups] [runs]}.
 */
public final class GraphBenchmark {

    static final int REVISIONS = 10_000;
    static final int BRANCHES = 200;
    static final int BRANCH_LENGTH = 4;
    static final int MERGE_AFTER = 20;

    private GraphBenchmark() {
    }

    public static void main(String[] args) {
        int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<Revision> revisions = generate(new Random(42));
        long merges = revisions.stream().filter(Revision::isMerge).count();
        long dependsOn = revisions.stream().filter(r -> !r.dependsOn().isEmpty()).count();
        long labels = revisions.stream().filter(r -> !r.branchLabels().isEmpty()).count();
        System.out.printf(Locale.ROOT, "Revision graph: %d revisions, %d branches of %d merged back (%d merge points),"
                + " %d with depends-on, %d labelled; file-name load order%n", revisions.size(), BRANCHES,
                BRANCH_LENGTH, merges, dependsOn, labels);
        System.out.printf(Locale.ROOT, "JVM %s, %d processors; %d warm-up runs, %d measured runs%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), warmups, runs);

        RevisionGraph check = RevisionGraph.of(revisions);
        Plan all = check.planUpgrade(List.of(), "heads");
        if (all.steps().size() != REVISIONS || all.rowsAfter().size() != 1) {
            throw new IllegalStateException("unexpected plan: " + all.steps().size() + " steps, rows " + all.rowsAfter());
        }
        List<String> heads = all.rowsAfter();

        measure("build + validate", warmups, runs, () -> RevisionGraph.of(revisions));
        measure("plan upgrade base -> heads", warmups, runs, () -> check.planUpgrade(List.of(), "heads"));
        measure("build + validate + plan upgrade (acceptance < 200 ms)", warmups, runs,
                () -> RevisionGraph.of(revisions).planUpgrade(List.of(), "heads"));
        measure("plan downgrade heads -> base", warmups, runs, () -> check.planDowngrade(heads, "base"));
        measure("history base:heads", warmups, runs, () -> check.walk(null, null));
        measure("resolve a 6-character prefix", warmups, runs,
                () -> check.resolve(revisions.get(REVISIONS / 2).id().substring(0, 6)));
    }

    /** A main line with side branches: each forks off the main line and merges back {@code MERGE_AFTER} later. */
    static List<Revision> generate(Random random) {
        Set<String> used = new HashSet<>();
        List<Revision> all = new ArrayList<>(REVISIONS);
        int mainLength = REVISIONS - BRANCHES * BRANCH_LENGTH;
        int spacing = (mainLength - MERGE_AFTER) / BRANCHES;
        String[] main = new String[mainLength];
        String[] pendingTip = new String[mainLength];
        String earlierBranchRevision = null;
        int branch = 0;
        for (int i = 0; i < mainLength; i++) {
            String id = newId(random, used);
            main[i] = id;
            List<String> downs = new ArrayList<>();
            if (i > 0) {
                downs.add(main[i - 1]);
            }
            if (pendingTip[i] != null) {
                downs.add(pendingTip[i]);
            }
            Revision r = new Revision(id, downs, Set.of(), List.of(), "main " + i, "versions/" + id + ".sql");
            if (i % 100 == 50 && earlierBranchRevision != null) {
                r = r.withDependsOn(earlierBranchRevision);
            }
            all.add(r);
            if (i > 0 && i % spacing == 0 && branch < BRANCHES && i + MERGE_AFTER < mainLength) {
                String previous = id;
                for (int k = 0; k < BRANCH_LENGTH; k++) {
                    String step = newId(random, used);
                    Revision b = new Revision(step, List.of(previous), Set.of(), List.of(), "branch " + branch,
                            "versions/" + step + ".sql");
                    if (k == 0 && branch % 20 == 0) {
                        b = b.withBranchLabels("feature" + branch);
                    }
                    all.add(b);
                    previous = step;
                    earlierBranchRevision = step;
                }
                pendingTip[i + MERGE_AFTER] = previous;
                branch++;
            }
        }
        all.sort(Comparator.comparing(Revision::id));
        return all;
    }

    private static String newId(Random random, Set<String> used) {
        String id;
        do {
            id = String.format(Locale.ROOT, "%012x", random.nextLong() & 0xffffffffffffL);
        } while (!used.add(id));
        return id;
    }

    private static void measure(String name, int warmups, int runs, Supplier<?> work) {
        for (int k = 0; k < warmups; k++) {
            work.get();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int k = 0; k < runs; k++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            work.get();
            wall[k] = (System.nanoTime() - start) / 1e6;
            cpu[k] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%-55s wall median %7.2f  min %7.2f  max %7.2f ms | cpu median %7.2f ms%n",
                name, median(wall), wall[0], wall[runs - 1], median(cpu));
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
