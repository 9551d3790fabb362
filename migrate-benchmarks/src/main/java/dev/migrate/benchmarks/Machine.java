package dev.migrate.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine and JVM the benchmarks ran on, for the report. */
record Machine(String cpu, int cores, long memoryBytes, String os, String jvm, double loadAverage) {

    static Machine describe() {
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : -1;
        return new Machine(cpuModel(), Runtime.getRuntime().availableProcessors(), memory,
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                        + " (" + System.getProperty("java.vm.vendor") + ")",
                currentLoadAverage());
    }

    static double currentLoadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            try {
                return Files.readAllLines(cpuinfo).stream()
                        .filter(line -> line.startsWith("model name"))
                        .map(line -> line.substring(line.indexOf(':') + 1).trim())
                        .findFirst().orElse("unknown");
            } catch (IOException e) {
                return "unknown (" + e.getMessage() + ")";
            }
        }
        return "unknown";
    }

    String memory() {
        return memoryBytes < 0 ? "unknown" : String.format("%.1f GiB", memoryBytes / (1024.0 * 1024 * 1024));
    }
}
