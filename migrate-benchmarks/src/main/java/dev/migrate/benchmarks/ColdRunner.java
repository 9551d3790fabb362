package dev.migrate.benchmarks;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts {@code java -cp <this jar> dev.migrate.benchmarks.ColdStart …} and times it end to end,
 * the cost an application restart pays. Every tool gets the same JVM, flags and class path (the
 * benchmark jar, whose manifest names all libraries; a tool loads only its own classes).
 */
final class ColdRunner {

    /** One cold run: the whole process and the call inside it. */
    record ColdRun(long processNanos, long callNanos) {
    }

    private final String java;
    private final String classPath;

    private ColdRunner(String java, String classPath) {
        this.java = java;
        this.classPath = classPath;
    }

    /** A runner for the running benchmark jar; fails when the harness does not run from that jar. */
    static ColdRunner forThisJar() {
        Path location;
        try {
            location = Path.of(ColdStart.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the benchmark classes: " + e.getMessage(), e);
        }
        if (!location.toString().endsWith(".jar")) {
            throw new IllegalStateException("The cold-process runs start `java -cp <benchmark jar>`, but the classes come from "
                    + location + "; run `java -jar migrate-benchmarks/target/migrate-benchmarks.jar` or pass --no-cold.");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ColdRunner(java, location.toString());
    }

    ColdRun run(Tool tool, Target target, Path scripts) throws IOException, InterruptedException {
        Path stdout = Files.createTempFile("cold-", ".out");
        Path stderr = Files.createTempFile("cold-", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", classPath, ColdStart.class.getName(),
                    tool.id(), target.dbms().id(), target.url(), scripts.toAbsolutePath().toString()))
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile());
            long start = System.nanoTime();
            Process process = builder.start();
            int status = process.waitFor();
            long processNanos = System.nanoTime() - start;
            String out = Files.readString(stdout, StandardCharsets.UTF_8);
            if (status != 0 || !out.contains("call-nanos ")) {
                throw new IllegalStateException("Cold " + tool.name() + " process on " + target.safeUrl() + " exited with "
                        + status + ": " + Files.readString(stderr, StandardCharsets.UTF_8).strip());
            }
            String line = out.lines().filter(l -> l.startsWith("call-nanos ")).findFirst().orElseThrow();
            return new ColdRun(processNanos, Long.parseLong(line.substring("call-nanos ".length()).trim()));
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }
}
