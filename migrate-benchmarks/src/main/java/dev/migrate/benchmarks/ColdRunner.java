package dev.migrate.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs {@code java -cp <benchmark jar> dev.migrate.benchmarks.ColdStart …} and times it end to end,
 * the cost an application restart pays. Every tool gets the same JVM, flags and class path (a tool
 * loads only its own classes).
 */
final class ColdRunner {

    /** One cold run: the whole process and the call inside it. */
    record ColdRun(long processNanos, long callNanos) {
    }

    private final Jvm jvm;

    ColdRunner(Jvm jvm) {
        this.jvm = jvm;
    }

    ColdRun run(Tool tool, Target target, Path scripts) throws IOException, InterruptedException {
        Jvm.Exit exit = jvm.run(ColdStart.class.getName(),
                List.of(tool.id(), target.dbms().id(), target.url(), scripts.toAbsolutePath().toString()));
        String line = exit.out().lines().filter(l -> l.startsWith("call-nanos ")).findFirst().orElse(null);
        if (exit.status() != 0 || line == null) {
            throw new IllegalStateException("Cold " + tool.name() + " process on " + target.safeUrl() + " exited with "
                    + exit.status() + ": " + exit.err().strip());
        }
        return new ColdRun(exit.nanos(), Long.parseLong(line.substring("call-nanos ".length()).trim()));
    }
}
