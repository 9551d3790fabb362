package dev.migrate.benchmarks;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a main class of the benchmark jar in a new JVM: the same {@code java}, no extra flags, and the
 * benchmark jar as class path (its manifest names every library).
 */
final class Jvm {

    /** What a finished process left: exit status, output, errors and wall time from start to exit. */
    record Exit(int status, String out, String err, long nanos) {
    }

    private final String java;
    private final String classPath;

    private Jvm(String java, String classPath) {
        this.java = java;
        this.classPath = classPath;
    }

    /** The launcher for the running benchmark jar; fails when the harness does not run from that jar. */
    static Jvm forThisJar() {
        Path location;
        try {
            location = Path.of(Jvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the benchmark classes: " + e.getMessage(), e);
        }
        if (!location.toString().endsWith(".jar")) {
            throw new IllegalStateException("child JVMs run `java -cp <benchmark jar>`, but the classes come from "
                    + location + "; run `java -jar migrate-benchmarks/target/migrate-benchmarks.jar`");
        }
        return new Jvm(Path.of(System.getProperty("java.home"), "bin", "java").toString(), location.toString());
    }

    /** Runs {@code mainClass} with {@code args} and waits for it; output is captured in files, not pipes, so it never blocks. */
    Exit run(String mainClass, List<String> args) throws IOException, InterruptedException {
        Path stdout = Files.createTempFile("jvm-", ".out");
        Path stderr = Files.createTempFile("jvm-", ".err");
        try {
            List<String> command = new ArrayList<>(List.of(java, "-cp", classPath, mainClass));
            command.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile());
            long start = System.nanoTime();
            Process process = builder.start();
            int status = process.waitFor();
            long nanos = System.nanoTime() - start;
            return new Exit(status, Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8), nanos);
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }
}
