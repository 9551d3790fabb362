package dev.migrate.sample.walkthrough;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown page read as a terminal session: the steps of its {@code console} and {@code diff} code blocks, in
 * page order. Everything else on the page is prose.
 *
 * <ul>
 *   <li>In a {@code console} block, a line {@code $ command} is a command (continued by lines starting with
 *       {@code > }); the lines after it, up to the next command or the end of the block, are its output. A last
 *       output line {@code [N]} says the command exits with status N (0 otherwise). An output line {@code ...}
 *       stands for any number of lines.</li>
 *   <li>A {@code diff} block is a change the reader makes to the files (a unified diff with {@code --- a/} and
 *       {@code +++ b/} headers, paths from the repository root); the session applies it with {@code git apply}.</li>
 * </ul>
 *
 * @param steps the steps, in page order
 */
record Walkthrough(List<Step> steps) {

    private static final Pattern FENCE = Pattern.compile("^```(\\w*)\\s*$");
    private static final Pattern EXIT = Pattern.compile("^\\[(\\d+)]$");

    Walkthrough {
        steps = List.copyOf(steps);
    }

    /** A step of the session. */
    sealed interface Step permits Command, Patch {

        /** The 1-based line of the page where the step starts. */
        int line();
    }

    /**
     * A command and what the page says it prints.
     *
     * @param line     the page line of its {@code $}
     * @param text     the command, continuation lines joined with newlines
     * @param expected the output lines the page shows (without the exit status line)
     * @param exit     the exit status the page expects
     * @param outputStart the index (from 0) of the page's line that holds the first output line (where an update
     *                    writes)
     * @param outputEnd   the index of the page's line after the last output line, exit status line included
     */
    record Command(int line, String text, List<String> expected, int exit, int outputStart, int outputEnd)
            implements Step {

        Command {
            expected = List.copyOf(expected);
        }
    }

    /**
     * A change to the files.
     *
     * @param line the page line of the block's first line
     * @param diff the unified diff
     */
    record Patch(int line, String diff) implements Step {
    }

    /** Reads a page; fails on a {@code console} block whose first line is not a command. */
    static Walkthrough parse(String markdown) {
        List<Step> steps = new ArrayList<>();
        List<String> lines = markdown.lines().toList();
        int i = 0;
        while (i < lines.size()) {
            Matcher fence = FENCE.matcher(lines.get(i));
            if (!fence.matches() || fence.group(1).isEmpty()) {
                i++;
                continue;
            }
            String language = fence.group(1);
            int start = i + 1;
            int end = start;
            while (end < lines.size() && !lines.get(end).startsWith("```")) {
                end++;
            }
            if (end == lines.size()) {
                throw new IllegalArgumentException("The ```" + language + " block at line " + (start)
                        + " is not closed; end it with ```");
            }
            if (language.equals("console")) {
                readConsole(lines, start, end, steps);
            } else if (language.equals("diff")) {
                steps.add(new Patch(start + 1, String.join("\n", lines.subList(start, end)) + "\n"));
            }
            i = end + 1;
        }
        return new Walkthrough(steps);
    }

    private static void readConsole(List<String> lines, int start, int end, List<Step> steps) {
        int i = start;
        if (i < end && !lines.get(i).startsWith("$ ")) {
            throw new IllegalArgumentException("The ```console block at line " + start + " starts with '"
                    + lines.get(i) + "', not with a command; start it with '$ '");
        }
        while (i < end) {
            int commandLine = i;
            StringBuilder text = new StringBuilder(lines.get(i).substring(2));
            i++;
            while (i < end && lines.get(i).startsWith("> ")) {
                text.append('\n').append(lines.get(i).substring(2));
                i++;
            }
            int outputStart = i;
            List<String> output = new ArrayList<>();
            while (i < end && !lines.get(i).startsWith("$ ")) {
                output.add(lines.get(i));
                i++;
            }
            int exit = 0;
            if (!output.isEmpty()) {
                Matcher status = EXIT.matcher(output.get(output.size() - 1).strip());
                if (status.matches()) {
                    exit = Integer.parseInt(status.group(1));
                    output.remove(output.size() - 1);
                }
            }
            steps.add(new Command(commandLine + 1, text.toString(), output, exit, outputStart, i));
        }
    }
}
