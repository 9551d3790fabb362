package dev.migrate.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Command-line options of {@link Benchmarks}. A run without filters and without {@code --quick}
 * is the full run that regenerates {@code docs/benchmarks.md}; other runs write their report under
 * {@code migrate-benchmarks/target/benchmarks/} unless {@code --out} says otherwise.
 */
record Options(boolean quick, Set<String> workloads, Set<Dbms> databases, Set<Integer> ns, Set<String> tools,
        boolean cold, Path out, String postgresUrl, int reps, Path sampleJar) {

    static final List<Integer> FULL_NS = List.of(10, 100, 1_000, 5_000);
    static final List<Integer> QUICK_NS = List.of(10, 100);
    static final Set<String> ALL_WORKLOADS = Set.of("W1", "W2", "W3", "W4", "W5", "W6");

    static final String USAGE = """
            Usage: java -jar migrate-benchmarks/target/migrate-benchmarks.jar [options]
              --quick                 N in 10,100 and fewer repetitions (under two minutes)
              --workload W1,W2,...    only these workloads (W1..W6)
              --db sqlite,postgresql  only these databases
              --n 100,1000            only these N
              --tool flyway,...       only these tools (migrate, flyway, liquibase)
              --no-cold               skip the cold-process runs of W2
              --reps K                K timed repetitions of everything (e.g. many, to profile)
              --out FILE.md           where to write the report (the chart goes next to it)
              --sample-jar JAR        the sample app jar W6 starts (default sample-app/target/sample-app.jar)
              --postgres-url URL      PostgreSQL server to create databases on
                                      (default $MIGRATE_BENCH_POSTGRES_URL, $MIGRATE_TEST_POSTGRES_URL,
                                      or jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres)
            A run with no filter and no --quick rewrites docs/benchmarks.md and docs/benchmarks.png.
            """;

    /** Whether this run covers everything, so that it may replace the committed report. */
    boolean full() {
        return !quick && workloads.equals(ALL_WORKLOADS) && databases.equals(EnumSet.allOf(Dbms.class))
                && ns.equals(new TreeSet<>(FULL_NS)) && tools.isEmpty() && cold && out == null && reps == 0
                && sampleJar == null;
    }

    boolean runs(String workload) {
        return workloads.contains(workload);
    }

    boolean includesTool(String id) {
        return tools.isEmpty() || tools.contains(id);
    }

    /** The number of timed repetitions: fewer where one run is long, fewer again in quick mode. */
    int repetitions(Metric metric, int n) {
        if (reps > 0) {
            return reps;
        }
        return switch (metric) {
            case W1 -> quick ? 3 : n >= 5_000 ? 1 : n >= 1_000 ? 3 : 5;
            case W2_WARM, W2_WARM_CPU, W3 -> quick ? 5 : n >= 5_000 ? 10 : 30;
            case W2_COLD_PROCESS, W2_COLD_CALL -> quick ? 2 : 5;
            case W4 -> quick ? 1 : 3;
        };
    }

    static Options parse(String... args) {
        boolean quick = false;
        boolean cold = true;
        Set<String> workloads = new LinkedHashSet<>(ALL_WORKLOADS);
        Set<Dbms> databases = EnumSet.allOf(Dbms.class);
        Set<Integer> ns = null;
        Set<String> tools = new LinkedHashSet<>();
        Path out = null;
        int reps = 0;
        Path sampleJar = null;
        String postgresUrl = firstNonBlank(System.getenv("MIGRATE_BENCH_POSTGRES_URL"),
                System.getenv("MIGRATE_TEST_POSTGRES_URL"), "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--quick" -> quick = true;
                case "--no-cold" -> cold = false;
                case "--workload" -> workloads = workloads(value(args, ++i, arg));
                case "--db" -> databases = databases(value(args, ++i, arg));
                case "--n" -> ns = numbers(value(args, ++i, arg));
                case "--tool" -> tools = lowerCase(value(args, ++i, arg));
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "--postgres-url" -> postgresUrl = value(args, ++i, arg);
                case "--sample-jar" -> sampleJar = Path.of(value(args, ++i, arg));
                case "--reps" -> reps = numbers(value(args, ++i, arg)).iterator().next();
                default -> throw new IllegalArgumentException("Unknown option '" + arg + "'.\n" + USAGE);
            }
        }
        if (ns == null) {
            ns = new TreeSet<>(quick ? QUICK_NS : FULL_NS);
        }
        return new Options(quick, workloads, databases, ns, tools, cold, out, postgresUrl, reps, sampleJar);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new IllegalArgumentException("Option " + option + " needs a value.\n" + USAGE);
        }
        return args[index];
    }

    private static Set<String> workloads(String list) {
        Set<String> result = new LinkedHashSet<>();
        for (String item : split(list)) {
            String workload = item.toUpperCase();
            if (!ALL_WORKLOADS.contains(workload)) {
                throw new IllegalArgumentException("Unknown workload '" + item + "'; use W1 to W6.");
            }
            result.add(workload);
        }
        return result;
    }

    private static Set<Dbms> databases(String list) {
        Set<Dbms> result = EnumSet.noneOf(Dbms.class);
        for (String item : split(list)) {
            result.add(Dbms.byId(item));
        }
        return result;
    }

    private static Set<Integer> numbers(String list) {
        Set<Integer> result = new TreeSet<>();
        for (String item : split(list)) {
            try {
                int n = Integer.parseInt(item.replace("_", "").replace(",", ""));
                if (n < 1) {
                    throw new NumberFormatException();
                }
                result.add(n);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--n takes positive whole numbers separated by commas, not '" + item + "'.");
            }
        }
        return result;
    }

    private static Set<String> lowerCase(String list) {
        Set<String> result = new LinkedHashSet<>();
        for (String item : split(list)) {
            result.add(item.toLowerCase());
        }
        return result;
    }

    private static List<String> split(String list) {
        List<String> items = new ArrayList<>();
        Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(items::add);
        return items;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
