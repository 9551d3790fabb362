package dev.migrate.benchmarks;

import java.nio.file.Path;

/**
 * The child process of the cold W2 runs: a fresh JVM that runs one tool's upgrade once against a
 * database already at head, then prints the in-process time of that call as {@code call-nanos <n>}.
 * The parent times the whole process, start to exit.
 *
 * <p>Arguments: {@code <tool> <sqlite|postgresql> <jdbc-url> <scripts-folder>}.
 */
public final class ColdStart {

    private ColdStart() {
    }

    /** Runs the no-op upgrade once; exits with status 1 and a message on stderr when it fails. */
    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("Usage: ColdStart <tool> <sqlite|postgresql> <jdbc-url> <scripts-folder>");
            System.exit(2);
        }
        long start = System.nanoTime();
        Tool tool = Tools.byId(args[0]);
        tool.upgrade(new Target(Dbms.byId(args[1]), args[2]), Path.of(args[3]));
        long elapsed = System.nanoTime() - start;
        System.out.println("call-nanos " + elapsed);
    }
}
