package dev.migrate.cli;

/** The command line asks for something that cannot be done as asked; exit code 2. The message says what to do. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }

    UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
