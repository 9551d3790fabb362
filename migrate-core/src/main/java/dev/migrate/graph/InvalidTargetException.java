package dev.migrate.graph;

/**
 * A target or range that cannot be used as given: a revision outside the named branch, overlapping
 * targets, a malformed target, an inconsistent version table.
 */
public final class InvalidTargetException extends RevisionException {

    private final String target;

    InvalidTargetException(String target, String message) {
        super(message);
        this.target = target;
    }

    /** The target as given. */
    public String target() {
        return target;
    }
}
