package dev.migrate.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the selected workloads for every tool on identical generated migrations, in one JVM,
 * alternating the tools from one repetition to the next (the order rotates), after a warm-up.
 * Every timed run is checked afterwards (the N tables exist; a diff finds nothing), outside the timing.
 */
final class Harness {

    /** Work done for one tool in one repetition; returns its timing. */
    private interface Timed {
        Sample run(Tool tool) throws Exception;
    }

    /** One timed call: wall-clock nanoseconds and the CPU nanoseconds of the Java threads ({@link #javaThreadsCpu}). */
    private record Sample(long wall, long cpu) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    static final SchemaFixture W4_SCHEMA = new SchemaFixture(1_000, 10);

    /** The no-tool reference measured next to the tools in W1. */
    static final Tool FLOOR = new JdbcFloor();

    private final Options options;
    private final List<Tool> tools;
    private final Databases databases;
    private final Path work;
    private final ColdRunner cold;
    private final Results results = new Results();
    private final Map<String, Path> scripts = new HashMap<>();

    Harness(Options options, List<Tool> tools, Databases databases, Path work, ColdRunner cold) {
        this.options = options;
        this.tools = tools;
        this.databases = databases;
        this.work = work;
        this.cold = cold;
    }

    Results run() throws Exception {
        if (!options.runs("W1") && !options.runs("W2") && !options.runs("W3") && !options.runs("W4")) {
            return results;
        }
        for (Dbms dbms : options.databases()) {
            if (dbms == Dbms.POSTGRESQL) {
                String problem = databases.postgresProblem();
                if (problem != null) {
                    results.note("PostgreSQL skipped: the server did not answer (" + problem + ").");
                    continue;
                }
            }
            warmUp(dbms);
            for (int n : options.ns()) {
                runN(dbms, n);
            }
            if (options.runs("W4")) {
                runW4(dbms);
            }
        }
        return results;
    }

    /** Untimed: each tool applies, re-checks and reports on a small chain a few times, so the JIT has seen its code. */
    private void warmUp(Dbms dbms) throws Exception {
        log(dbms, 0, "warm-up");
        for (int round = 0; round < 2; round++) {
            for (Tool tool : tools) {
                try {
                    Target target = databases.fresh(dbms, tool.id() + "_warmup");
                    Path chain = scripts(tool, 50);
                    tool.upgrade(target, chain);
                    for (int i = 0; i < 3; i++) {
                        tool.upgrade(target, chain);
                        tool.status(target, chain);
                    }
                } catch (Exception e) {
                    results.note(tool.name() + " failed its warm-up on " + dbms.label() + ": " + message(e));
                }
            }
        }
    }

    private void runN(Dbms dbms, int n) throws Exception {
        Map<String, Target> heads = new HashMap<>();
        if (options.runs("W1")) {
            List<Tool> withFloor = new ArrayList<>(tools);
            withFloor.add(FLOOR);
            measure(Metric.W1, dbms, n, withFloor, tool -> {
                Target target = databases.fresh(dbms, tool.id() + "_" + n);
                Sample nanos = timed(() -> tool.upgrade(target, scripts(tool, n)));
                expectTables(tool, target, n);
                if (tool != FLOOR) {
                    heads.put(tool.id(), target);
                }
                return nanos;
            });
        }
        if (!options.runs("W2") && !options.runs("W3")) {
            return;
        }
        for (Tool tool : tools) {
            if (!heads.containsKey(tool.id())) {
                try {
                    Target target = databases.fresh(dbms, tool.id() + "_" + n);
                    tool.upgrade(target, scripts(tool, n));
                    expectTables(tool, target, n);
                    heads.put(tool.id(), target);
                } catch (Exception e) {
                    results.note(tool.name() + " could not bring " + dbms.label() + " to head at N=" + n + ": " + message(e));
                }
            }
        }
        if (options.runs("W2")) {
            measureAtHead(Metric.W2_WARM, dbms, n, heads, (tool, target) -> tool.upgrade(target, scripts(tool, n)));
            if (cold != null) {
                measureCold(dbms, n, heads);
            }
        }
        if (options.runs("W3")) {
            measureAtHead(Metric.W3, dbms, n, heads, (tool, target) -> tool.status(target, scripts(tool, n)));
        }
    }

    private interface AtHead {
        void run(Tool tool, Target target) throws Exception;
    }

    private void measureAtHead(Metric metric, Dbms dbms, int n, Map<String, Target> heads, AtHead call) throws Exception {
        for (Tool tool : tools) {
            Target target = heads.get(tool.id());
            if (target != null) {
                try {
                    for (int i = 0; i < 2; i++) {
                        call.run(tool, target);
                    }
                } catch (Exception e) {
                    results.fail(new Results.Key(metric, dbms, n, tool.id()), message(e));
                }
            }
        }
        measure(metric, dbms, n, tool -> {
            Target target = heads.get(tool.id());
            if (target == null) {
                throw new IllegalStateException("no database at head");
            }
            Sample nanos = timed(() -> call.run(tool, target));
            expectTables(tool, target, n);
            return nanos;
        });
    }

    private void measureCold(Dbms dbms, int n, Map<String, Target> heads) throws Exception {
        Map<String, List<Long>> process = new LinkedHashMap<>();
        Map<String, List<Long>> call = new LinkedHashMap<>();
        List<Tool> running = new ArrayList<>();
        for (Tool tool : tools) {
            Target target = heads.get(tool.id());
            if (target == null) {
                continue;
            }
            try {
                cold.run(tool, target, scripts(tool, n));
                running.add(tool);
                process.put(tool.id(), new ArrayList<>());
                call.put(tool.id(), new ArrayList<>());
            } catch (Exception e) {
                results.fail(new Results.Key(Metric.W2_COLD_PROCESS, dbms, n, tool.id()), message(e));
            }
        }
        int reps = options.repetitions(Metric.W2_COLD_PROCESS, n);
        for (int rep = 0; rep < reps; rep++) {
            for (Tool tool : rotated(running, rep)) {
                ColdRunner.ColdRun run = cold.run(tool, heads.get(tool.id()), scripts(tool, n));
                process.get(tool.id()).add(run.processNanos());
                call.get(tool.id()).add(run.callNanos());
                log(dbms, n, "W2 cold " + tool.name() + " " + (rep + 1) + "/" + reps + ": process "
                        + Stats.millis(run.processNanos()) + " ms, call " + Stats.millis(run.callNanos()) + " ms");
            }
        }
        for (Tool tool : running) {
            results.put(new Results.Key(Metric.W2_COLD_PROCESS, dbms, n, tool.id()), Stats.of(process.get(tool.id())));
            results.put(new Results.Key(Metric.W2_COLD_CALL, dbms, n, tool.id()), Stats.of(call.get(tool.id())));
        }
    }

    private void runW4(Dbms dbms) throws Exception {
        List<Tool> able = new ArrayList<>();
        for (Tool tool : tools) {
            if (tool.schemaCompare().available()) {
                able.add(tool);
            }
        }
        if (able.isEmpty()) {
            return;
        }
        log(dbms, 0, "W4 creating " + W4_SCHEMA.tables() + " tables x " + W4_SCHEMA.columns() + " columns");
        Target target = databases.fresh(dbms, "w4");
        W4_SCHEMA.create(target);
        List<Tool> prepared = new ArrayList<>();
        for (Tool tool : able) {
            SchemaCompare compare = tool.schemaCompare().capability();
            try {
                Path folder = Files.createDirectories(work.resolve("w4").resolve(dbms.id()).resolve(tool.id()));
                compare.prepare(target, folder, W4_SCHEMA);
                expectNoDifference(tool, compare.compare(target, folder));
                prepared.add(tool);
            } catch (Exception e) {
                results.fail(new Results.Key(Metric.W4, dbms, 0, tool.id()), message(e));
            }
        }
        measure(Metric.W4, dbms, 0, prepared, tool -> {
            SchemaCompare compare = tool.schemaCompare().capability();
            Path folder = work.resolve("w4").resolve(dbms.id()).resolve(tool.id());
            int[] differences = new int[1];
            Sample nanos = timed(() -> differences[0] = compare.compare(target, folder));
            expectNoDifference(tool, differences[0]);
            return nanos;
        });
    }

    private void measure(Metric metric, Dbms dbms, int n, Timed timed) throws Exception {
        measure(metric, dbms, n, tools, timed);
    }

    /** Repeats {@code timed} for every tool, rotating their order; a tool that fails leaves the round. */
    private void measure(Metric metric, Dbms dbms, int n, List<Tool> candidates, Timed timed) throws Exception {
        Map<String, List<Long>> samples = new LinkedHashMap<>();
        Map<String, List<Long>> cpu = new LinkedHashMap<>();
        List<Tool> running = new ArrayList<>();
        for (Tool tool : candidates) {
            if (results.failure(metric, dbms, n, tool.id()).isEmpty()) {
                running.add(tool);
                samples.put(tool.id(), new ArrayList<>());
                cpu.put(tool.id(), new ArrayList<>());
            }
        }
        int reps = options.repetitions(metric, n);
        for (int rep = 0; rep < reps; rep++) {
            for (Tool tool : rotated(new ArrayList<>(running), rep)) {
                try {
                    System.gc();
                    Sample sample = timed.run(tool);
                    samples.get(tool.id()).add(sample.wall());
                    cpu.get(tool.id()).add(sample.cpu());
                    log(dbms, n, metric.workload() + " " + tool.name() + " " + (rep + 1) + "/" + reps + ": "
                            + Stats.millis(sample.wall()) + " ms (cpu " + Stats.millis(sample.cpu()) + " ms)");
                } catch (Exception e) {
                    results.fail(new Results.Key(metric, dbms, n, tool.id()), message(e));
                    running.remove(tool);
                    samples.remove(tool.id());
                    cpu.remove(tool.id());
                    log(dbms, n, metric.workload() + " " + tool.name() + " FAILED: " + message(e));
                }
            }
        }
        samples.forEach((tool, list) -> results.put(new Results.Key(metric, dbms, n, tool), Stats.of(list)));
        metric.cpuTwin().ifPresent(twin ->
                cpu.forEach((tool, list) -> results.put(new Results.Key(twin, dbms, n, tool), Stats.of(list))));
    }

    private static List<Tool> rotated(List<Tool> list, int by) {
        List<Tool> result = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            result.add(list.get((i + by) % list.size()));
        }
        return result;
    }

    private interface Call {
        void run() throws Exception;
    }

    private static Sample timed(Call call) throws Exception {
        long cpu = javaThreadsCpu();
        long start = System.nanoTime();
        call.run();
        long wall = System.nanoTime() - start;
        return new Sample(wall, javaThreadsCpu() - cpu);
    }

    /**
     * The CPU time of every live Java thread: the calling thread and any a tool hands work to (Migrate takes the
     * scripts' fingerprint on a pool thread), without the JVM's own compiler and GC threads, which the
     * management interface does not list. A thread that ends between two readings takes its time with it; the
     * tools' threads here outlive a call.
     */
    static long javaThreadsCpu() {
        long total = 0;
        for (long id : THREADS.getAllThreadIds()) {
            total += Math.max(0, THREADS.getThreadCpuTime(id));
        }
        return total;
    }

    /** The folder holding the chain 1..n in this tool's format, written on first use. */
    private Path scripts(Tool tool, int n) throws IOException {
        String key = tool.id() + "/" + n;
        Path dir = scripts.get(key);
        if (dir == null) {
            dir = Files.createDirectories(work.resolve("scripts").resolve(tool.id()).resolve(Integer.toString(n)));
            tool.writeScripts(dir, Step.chain(n));
            scripts.put(key, dir);
        }
        return dir;
    }

    private static void expectTables(Tool tool, Target target, int n) throws Exception {
        int found = Databases.countTables(target, "t");
        if (found != n) {
            throw new IllegalStateException(tool.name() + " left " + found + " of the " + n + " tables t_i in " + target.safeUrl());
        }
    }

    private static void expectNoDifference(Tool tool, int differences) {
        if (differences != 0) {
            throw new IllegalStateException(tool.name() + " reported " + differences
                    + " differences between a schema and the same schema");
        }
    }

    /** The exception's message and those of its causes, each once, on one line. */
    static String message(Throwable e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append(" / caused by ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
            }
        }
        return text.toString().replace('\n', ' ');
    }

    private static void log(Dbms dbms, int n, String message) {
        System.out.println("[" + dbms.id() + (n > 0 ? " N=" + n : "") + "] " + message);
    }
}
