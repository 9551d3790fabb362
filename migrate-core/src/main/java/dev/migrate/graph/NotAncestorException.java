package dev.migrate.graph;

import java.util.List;

/**
 * A downgrade target that is not below the current revisions, or a history range whose ends are not
 * on one line of descent.
 */
public final class NotAncestorException extends RevisionException {

    private final String target;
    private final List<String> from;

    NotAncestorException(String target, List<String> from, String message) {
        super(message);
        this.target = target;
        this.from = List.copyOf(from);
    }

    /** The target (or lower end of the range) as given. */
    public String target() {
        return target;
    }

    /** The revisions it was expected to be below: the current rows, or the upper end of the range. */
    public List<String> from() {
        return from;
    }
}
