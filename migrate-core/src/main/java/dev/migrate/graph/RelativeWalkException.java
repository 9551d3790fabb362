package dev.migrate.graph;

/**
 * A relative target such as {@code +2}, {@code -1} or {@code mylib@head-1} cannot be followed: it walks
 * past the base or the heads, it has nothing to count from, or it meets a fork.
 */
public final class RelativeWalkException extends RevisionException {

    private final String target;

    RelativeWalkException(String target, String message) {
        super(message);
        this.target = target;
    }

    /** The relative target as given. */
    public String target() {
        return target;
    }
}
