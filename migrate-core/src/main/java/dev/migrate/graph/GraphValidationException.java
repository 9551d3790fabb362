package dev.migrate.graph;

import java.util.List;

/**
 * The revisions do not form a valid graph: invalid or duplicate ids, unknown down revisions or
 * depends-on, self-loops, branch labels used twice. All problems found are reported at once.
 */
public sealed class GraphValidationException extends RevisionException permits CycleException {

    private final List<String> problems;

    GraphValidationException(List<String> problems) {
        super(format(problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem found, one sentence each. */
    public List<String> problems() {
        return problems;
    }

    private static String format(List<String> problems) {
        if (problems.size() == 1) {
            return problems.get(0);
        }
        StringBuilder text = new StringBuilder("The revision graph has " + problems.size() + " problems:");
        for (String problem : problems) {
            text.append("\n  - ").append(problem);
        }
        return text.toString();
    }
}
