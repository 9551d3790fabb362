package dev.migrate.graph;

import java.util.List;

/** A partial revision id matches several revisions. */
public final class AmbiguousRevisionException extends RevisionException {

    private final String prefix;
    private final List<String> candidates;

    AmbiguousRevisionException(String prefix, List<String> candidates) {
        super("Revision prefix '" + prefix + "' is ambiguous: it matches " + String.join(", ", candidates)
                + "; type more characters");
        this.prefix = prefix;
        this.candidates = List.copyOf(candidates);
    }

    /** What the user typed. */
    public String prefix() {
        return prefix;
    }

    /** The revision ids (or labels) it matches, in load order. */
    public List<String> candidates() {
        return candidates;
    }
}
