package dev.migrate.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs the {@code migrate} command line inside the test JVM, as {@code MigrateCommand.main} does but with a chosen
 * working directory and environment, and with its output captured. It lives in the CLI's package (in this module's
 * test sources) because the CLI's entry point for tests is package-private.
 */
public final class InProcessCli {

    private InProcessCli() {
    }

    /**
     * Runs {@code migrate args...} in {@code directory} with the environment variables {@code variables} (nothing of
     * the test JVM's environment leaks in). Asking for a password fails the run.
     */
    public static Result run(Path directory, Map<String, String> variables, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment env = new CliEnvironment(variables, directory, false, (prompt, e) -> {
            throw new UsageException("the test asked for no password prompt: " + prompt);
        });
        int code = MigrateCommand.commandLine(env, new Secrets(), new PrintWriter(out, true),
                new PrintWriter(err, true)).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /**
     * What a run printed and returned.
     *
     * @param exitCode the exit code
     * @param out      standard output
     * @param err      standard error
     */
    public record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
        }
    }
}
