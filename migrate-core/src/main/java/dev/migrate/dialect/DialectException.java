package dev.migrate.dialect;

/**
 * An op a dialect cannot turn into SQL as asked, or a database state that makes it unsafe; the
 * message says what, why, and what to do instead.
 */
public final class DialectException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DialectException(String message) {
        super(message);
    }
}
