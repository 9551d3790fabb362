package dev.migrate.history;

/** The version table is not in the state the run expected (another process changed it, or it cannot be read). */
public final class VersionTableException extends RuntimeException {

    public VersionTableException(String message) {
        super(message);
    }

    public VersionTableException(String message, Throwable cause) {
        super(message, cause);
    }
}
