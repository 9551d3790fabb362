package dev.migrate.sample.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.sample.walkthrough.Session.Output;
import dev.migrate.sample.walkthrough.Walkthrough.Command;
import dev.migrate.sample.walkthrough.Walkthrough.Step;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the walkthrough, {@code docs/walkthrough.md}, in a copy of the repository after {@code package}, and
 * compares every command's output with the page (see {@link Walkthrough} for the page's format and
 * {@link Normalizer} for what may differ). The README carries the same text between
 * {@code <!-- walkthrough:begin -->} and {@code <!-- walkthrough:end -->}; it must equal the page's.
 *
 * <p>{@code -Dwalkthrough.update=true} (or {@code docs/walkthrough.sh --update}) writes the outputs of this run
 * into the page and the README's copy, to review with {@code git diff}; the test still fails on this run.
 */
class WalkthroughIT {

    static final String PAGE = "docs/walkthrough.md";
    static final String BEGIN = "<!-- walkthrough:begin -->";
    static final String END = "<!-- walkthrough:end -->";
    /** The tools the page uses besides Java and the repository's own. */
    static final List<String> TOOLS = List.of("bash", "git", "curl", "jq", "sqlite3");

    @Test
    void theWalkthroughRunsAsWritten(@TempDir Path scratch) throws IOException, InterruptedException {
        List<String> missing = TOOLS.stream().filter(tool -> !onPath(tool)).toList();
        assertThat(missing).as("the walkthrough runs " + TOOLS + "; install the missing ones").isEmpty();
        Path root = Path.of(System.getProperty("project.root", "..")).toRealPath();
        Path page = root.resolve(PAGE);
        String markdown = Files.readString(page, StandardCharsets.UTF_8);
        Walkthrough walkthrough = Walkthrough.parse(markdown);
        assertThat(walkthrough.steps()).as("the steps of " + PAGE).isNotEmpty();

        ProjectCopy.copy(root, scratch);
        Set<String> known = ProjectCopy.ids(scratch.resolve("sample-app/src/main"));
        List<Output> outputs = new Session(scratch, Duration.ofMinutes(20)).run(walkthrough.steps());

        Normalizer pageSide = new Normalizer(known);
        Normalizer runSide = new Normalizer(known);
        List<String> mismatches = new ArrayList<>();
        List<String> updated = new ArrayList<>(markdown.lines().toList());
        List<Step> steps = walkthrough.steps();
        List<int[]> replacements = new ArrayList<>();
        List<List<String>> replacementLines = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (i >= outputs.size()) {
                mismatches.add(PAGE + ":" + step.line() + ": the shell ended before this step ran");
                break;
            }
            Output output = outputs.get(i);
            List<String> actual = trimmed(output.lines().stream().map(runSide::line).toList());
            if (step instanceof Command command) {
                List<String> expected = trimmed(command.expected().stream()
                        .map(l -> l.strip().equals(Matching.ANY) ? Matching.ANY : pageSide.line(l)).toList());
                if (!Matching.matches(expected, actual) || output.exit() != command.exit()) {
                    mismatches.add(describe(command, output));
                    List<String> lines = new ArrayList<>(actual);
                    if (output.exit() != 0) {
                        lines.add("[" + output.exit() + "]");
                    }
                    replacements.add(new int[] {command.outputStart(), command.outputEnd()});
                    replacementLines.add(lines);
                }
            } else if (output.exit() != 0 || !actual.isEmpty()) {
                mismatches.add(PAGE + ":" + step.line() + ": the change in this diff block does not apply (exit "
                        + output.exit() + "):\n    " + String.join("\n    ", output.lines()));
            }
        }

        if (Boolean.getBoolean("walkthrough.update")) {
            // From the end of the page, so that a replacement does not move the lines of those still to do.
            for (int r = replacements.size() - 1; r >= 0; r--) {
                int[] range = replacements.get(r);
                List<String> tail = new ArrayList<>(updated.subList(range[1], updated.size()));
                updated.subList(range[0], updated.size()).clear();
                updated.addAll(replacementLines.get(r));
                updated.addAll(tail);
            }
            markdown = String.join("\n", updated) + "\n";
            Files.writeString(page, markdown, StandardCharsets.UTF_8);
        }
        String readmeProblem = checkReadme(root.resolve("README.md"), markdown, Boolean.getBoolean("walkthrough.update"));
        if (readmeProblem != null) {
            mismatches.add(readmeProblem);
        }
        assertThat(mismatches).as("the walkthrough " + PAGE + " against a run of its commands"
                + " (docs/walkthrough.sh --update writes this run's output into the page)").isEmpty();
    }

    /** Null when README.md has no walkthrough or the same one as the page; otherwise what differs. */
    static String checkReadme(Path readme, String page, boolean update) throws IOException {
        if (!Files.exists(readme)) {
            return null;
        }
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        String copy = region(text);
        if (copy == null) {
            return null;
        }
        String source = region(page);
        if (source == null) {
            return PAGE + " has no " + BEGIN + " ... " + END + " region to compare README.md's walkthrough with";
        }
        if (copy.equals(source)) {
            return null;
        }
        if (update) {
            int begin = text.indexOf(BEGIN) + BEGIN.length();
            Files.writeString(readme, text.substring(0, begin) + source + text.substring(text.indexOf(END, begin)),
                    StandardCharsets.UTF_8);
        }
        return "README.md's walkthrough (between " + BEGIN + " and " + END + ") differs from " + PAGE
                + "'s; copy the page's region into the README (docs/walkthrough.sh --update does it)";
    }

    private static String region(String text) {
        int begin = text.indexOf(BEGIN);
        int end = begin < 0 ? -1 : text.indexOf(END, begin);
        return begin < 0 || end < 0 ? null : text.substring(begin + BEGIN.length(), end);
    }

    private static String describe(Command command, Output output) {
        return PAGE + ":" + command.line() + ": $ " + command.text().replace("\n", "\n> ")
                + "\n  the page shows (exit " + command.exit() + "):\n    "
                + String.join("\n    ", command.expected())
                + "\n  the run printed (exit " + output.exit() + "):\n    " + String.join("\n    ", output.lines());
    }

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(dir -> !dir.isBlank()).anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }

    private static List<String> trimmed(List<String> lines) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        return lines.subList(0, end);
    }
}
