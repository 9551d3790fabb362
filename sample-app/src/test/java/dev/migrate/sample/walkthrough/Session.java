package dev.migrate.sample.walkthrough;

import dev.migrate.sample.walkthrough.Walkthrough.Command;
import dev.migrate.sample.walkthrough.Walkthrough.Patch;
import dev.migrate.sample.walkthrough.Walkthrough.Step;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the steps of a {@link Walkthrough} in one {@code bash} process, as a reader would type them in one
 * terminal: the working directory, shell variables, functions and background jobs carry from step to step.
 * Each step's output (standard output and error together) and exit status are collected between markers.
 *
 * <p>The page's commands talk to {@code localhost:8080}; the session gives the application a free port instead
 * ({@code SERVER_PORT}), rewrites {@code localhost:8080} in the commands and the free port back to 8080 in the
 * output. Variables that would point the tools at another database ({@code DATABASE_URL}, {@code MIGRATE_*})
 * are removed from the environment. The copy's absolute path shows as {@value #PAGE_ROOT}. Background jobs still
 * running at the end are killed.
 */
final class Session {

    private static final String BEGIN = "@@walkthrough-begin ";
    private static final String END = "@@walkthrough-end ";
    private static final Pattern END_LINE = Pattern.compile("^" + Pattern.quote(END) + "(\\d+) (\\d+)@@$");
    static final int PAGE_PORT = 8080;
    /** Where the page shows the repository, in output that names files by absolute path. */
    static final String PAGE_ROOT = "/home/you/migrate";

    private final Path directory;
    private final Duration timeout;

    /**
     * @param directory the working directory: a copy of the repository
     * @param timeout   how long the whole session may take
     */
    Session(Path directory, Duration timeout) {
        this.directory = directory;
        this.timeout = timeout;
    }

    /**
     * What one step printed.
     *
     * @param lines the output lines, the port already mapped back to the page's
     * @param exit  the exit status
     */
    record Output(List<String> lines, int exit) {
    }

    /** Runs the steps; the result has one output per step that ran (fewer when the shell ended early). */
    List<Output> run(List<Step> steps) throws IOException, InterruptedException {
        int port = freePort();
        Path script = directory.resolve(".walkthrough.sh");
        Files.writeString(script, script(steps, port), StandardCharsets.UTF_8);
        Path log = directory.resolve(".walkthrough.out");
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString()).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.equals("DATABASE_URL") || name.startsWith("MIGRATE_")
                || name.startsWith("SPRING_"));
        env.put("SERVER_PORT", String.valueOf(port));
        Process process = builder.start();
        try {
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("The walkthrough did not finish within " + timeout + "; its output so far:\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        return outputs(Files.readString(log, StandardCharsets.UTF_8), port, directory.toString());
    }

    static String script(List<Step> steps, int port) {
        StringBuilder s = new StringBuilder("# Generated from the walkthrough page; each step between markers.\n");
        for (int i = 0; i < steps.size(); i++) {
            s.append("printf '%s\\n' '").append(BEGIN).append(i).append("@@'\n");
            s.append("{\n").append(command(steps.get(i), port)).append("\n} 2>&1\n");
            s.append("printf '\\n%s %s@@\\n' '").append(END).append(i).append("' \"$?\"\n");
        }
        s.append("kill $(jobs -p) 2>/dev/null\nwait 2>/dev/null\nexit 0\n");
        return s.toString();
    }

    private static String command(Step step, int port) {
        if (step instanceof Patch patch) {
            return "git apply --whitespace=nowarn - <<'WALKTHROUGH_PATCH'\n" + patch.diff() + "WALKTHROUGH_PATCH";
        }
        return ((Command) step).text().replace("localhost:" + PAGE_PORT, "localhost:" + port);
    }

    /** The outputs in {@code log}, with {@code port} shown as 8080 and {@code root} as {@value #PAGE_ROOT}. */
    static List<Output> outputs(String log, int port, String root) {
        List<Output> outputs = new ArrayList<>();
        List<String> lines = log.lines().toList();
        Pattern portNumber = Pattern.compile("\\b" + port + "\\b");
        List<String> current = null;
        for (String line : lines) {
            if (line.startsWith(BEGIN)) {
                current = new ArrayList<>();
                continue;
            }
            Matcher end = END_LINE.matcher(line);
            if (end.matches() && current != null) {
                // The marker starts with a newline: drop the empty line it made after output that ended with one.
                if (!current.isEmpty() && current.get(current.size() - 1).isEmpty()) {
                    current.remove(current.size() - 1);
                }
                outputs.add(new Output(current.stream()
                        .map(l -> portNumber.matcher(l.replace(root, PAGE_ROOT)).replaceAll(String.valueOf(PAGE_PORT)))
                        .toList(),
                        Integer.parseInt(end.group(2))));
                current = null;
                continue;
            }
            if (current != null) {
                current.add(line);
            }
        }
        return outputs;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
