package dev.migrate.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs {@code migrate} in-process with a chosen environment and captured output. */
final class Cli {

    private final Path directory;
    private final Map<String, String> variables = new HashMap<>();
    private boolean interactive;
    private String typedPassword;
    private final Secrets secrets = new Secrets();

    private Cli(Path directory) {
        this.directory = directory;
    }

    /** A command line whose working directory is {@code directory}, with no environment variables. */
    static Cli in(Path directory) {
        return new Cli(directory);
    }

    Cli env(String name, String value) {
        variables.put(name, value);
        return this;
    }

    /** Pretends a person is at a terminal (progress is drawn live). */
    Cli interactive() {
        interactive = true;
        return this;
    }

    /** What the person types when asked for a password. */
    Cli typing(String password) {
        typedPassword = password;
        return this;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment env = new CliEnvironment(variables, directory, interactive, (prompt, e) -> {
            e.print(prompt);
            e.flush();
            if (typedPassword == null) {
                throw new AssertionError("asked for a password: " + prompt);
            }
            return typedPassword.toCharArray();
        });
        int code = MigrateCommand.commandLine(env, secrets, new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** What a run printed and returned. */
    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
        }
    }
}
