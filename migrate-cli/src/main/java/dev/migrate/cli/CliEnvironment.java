package dev.migrate.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What the command line gets from the process: environment variables, the working directory (relative
 * paths in options resolve against it), whether a person is at a terminal, and how to ask for a password.
 * Tests pass their own.
 *
 * @param variables        the environment variables
 * @param workingDirectory the directory relative paths resolve against
 * @param interactive      whether stdin and stdout are a terminal (progress is drawn live, passwords are
 *                         read without echo)
 * @param passwordReader   asks for a password, given the prompt
 */
record CliEnvironment(Map<String, String> variables, Path workingDirectory, boolean interactive,
        PasswordReader passwordReader) {

    CliEnvironment {
        variables = Map.copyOf(variables);
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
        Objects.requireNonNull(passwordReader, "passwordReader");
    }

    /** The process's environment, working directory and console. */
    static CliEnvironment system() {
        return new CliEnvironment(System.getenv(), Path.of(""), terminal(System.console()),
                CliEnvironment::readPassword);
    }

    /**
     * Whether a person is at a terminal: on Java 17 a console exists only then; from Java 22 a console may exist
     * for pipes too, and {@code Console.isTerminal()} tells.
     */
    private static boolean terminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException | ClassCastException e) {
            return true;
        }
    }

    /** The value of an environment variable, or {@code null} when it is unset or blank. */
    String variable(String name) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** {@code path} resolved against the working directory. */
    Path resolve(Path path) {
        return workingDirectory.resolve(path).normalize();
    }

    /** {@code path} relative to the working directory when it lies below it, else absolute: for messages. */
    String display(Path path) {
        Path absolute = resolve(path);
        return absolute.startsWith(workingDirectory) && !absolute.equals(workingDirectory)
                ? workingDirectory.relativize(absolute).toString() : absolute.toString();
    }

    /**
     * A script's source for the text output: a path below the working directory relative to it, anything else
     * (other paths, class names, classpath resources) as it is.
     */
    String displaySource(String source) {
        try {
            Path path = Path.of(source);
            return path.isAbsolute() && path.normalize().startsWith(workingDirectory) ? display(path) : source;
        } catch (java.nio.file.InvalidPathException e) {
            return source;
        }
    }

    private static char[] readPassword(String prompt, PrintWriter err) {
        Console console = System.console();
        if (console != null) {
            return console.readPassword("%s", prompt);
        }
        err.print(prompt);
        err.flush();
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? new char[0] : line.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the password from standard input", e);
        }
    }

    /** Asks for a password; the prompt goes to the terminal, or to {@code err} when there is none. */
    @FunctionalInterface
    interface PasswordReader {
        char[] read(String prompt, PrintWriter err);
    }
}
