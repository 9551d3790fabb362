package dev.migrate.cli;

/**
 * The database is not in the state a verb needs (for example not at the heads for {@code check}); exit code 1.
 * The message, from the Migrator, says what to do.
 */
final class StateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StateException(IllegalStateException cause) {
        super(cause.getMessage(), cause);
    }
}
