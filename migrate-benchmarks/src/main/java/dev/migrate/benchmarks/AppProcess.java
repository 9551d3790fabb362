package dev.migrate.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts one Spring Boot application as a new JVM and times it until it reports ready: the line that
 * Spring Boot's {@code ApplicationAvailabilityBean} logs (at DEBUG) when the {@code ApplicationReadyEvent}
 * moves readiness to {@code ACCEPTING_TRAFFIC}, after every application runner. Then it stops the process.
 */
final class AppProcess {

    /** The readiness line: only the ready event publishes this state. */
    static final String READY = "ReadinessState changed to ACCEPTING_TRAFFIC";

    /** Makes the readiness line appear; the same for every variant. */
    static final String READY_LOGGING = "--logging.level.org.springframework.boot.availability.ApplicationAvailabilityBean=debug";

    private static final long TIMEOUT_SECONDS = 300;

    /**
     * One start: wall time from launching the JVM to the readiness line; the CPU time of the whole
     * process (all threads) at that moment, or -1 where {@code /proc} does not tell; the output up to then.
     */
    record Start(long wallNanos, long cpuNanos, List<String> output) {

        boolean logged(String text) {
            return output.stream().anyMatch(line -> line.contains(text));
        }

        /**
         * The time between Spring Boot's "Started … in … seconds" line (logged when the context has refreshed,
         * before the application runners) and the readiness line, from the timestamps that start the log
         * lines; -1 when either is missing or has no timestamp.
         */
        long startedToReadyNanos() {
            Instant started = null;
            Instant ready = null;
            for (String line : output) {
                if (line.contains(" Started ") && line.contains("(process running for")) {
                    started = timestamp(line);
                } else if (line.contains(READY)) {
                    ready = timestamp(line);
                }
            }
            return started == null || ready == null ? -1 : Duration.between(started, ready).toNanos();
        }

        /** The ISO-8601 timestamp that starts a line of Spring Boot's default log format, or null. */
        static Instant timestamp(String line) {
            int space = line.indexOf(' ');
            try {
                return space < 0 ? null : OffsetDateTime.parse(line.substring(0, space)).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    private final String java;

    AppProcess(String java) {
        this.java = java;
    }

    static AppProcess sameJava() {
        return new AppProcess(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** Runs {@code java -cp classPath mainClass args…} until ready; fails with the output when it exits first. */
    Start start(String classPath, String mainClass, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java, "-cp", classPath, mainClass));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        List<String> output = new ArrayList<>();
        long start = System.nanoTime();
        Process process = builder.start();
        Thread watchdog = new Thread(() -> {
            try {
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
            }
        }, "w6-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.contains(READY)) {
                    long wall = System.nanoTime() - start;
                    long cpu = cpuNanos(process.pid());
                    output.add(line);
                    process.destroy(); // SIGTERM: a graceful shutdown; it also closes the pipe, so the rest is not read
                    process.waitFor();
                    return new Start(wall, cpu, List.copyOf(output));
                }
                output.add(line);
            }
            int status = process.waitFor();
            throw new IllegalStateException("The application (" + mainClass + ") exited with status " + status
                    + " before it reported ready; its last lines:\n" + String.join("\n",
                    output.subList(Math.max(0, output.size() - 30), output.size())));
        } finally {
            process.destroyForcibly();
            watchdog.interrupt();
        }
    }

    /** utime + stime of the process from {@code /proc/<pid>/stat}, in nanoseconds (clock ticks of 10 ms); -1 when absent. */
    static long cpuNanos(long pid) {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            return cpuNanos(Files.readString(stat));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Parses a {@code /proc/<pid>/stat} line: fields 14 and 15 (after the command name in parentheses). */
    static long cpuNanos(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 10_000_000L;
    }
}
