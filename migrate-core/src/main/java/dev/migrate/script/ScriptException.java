package dev.migrate.script;

/**
 * A migration script cannot be found, read, parsed or written. Every message names the file (or class) and,
 * where it applies, the line, and says what to do.
 */
public sealed class ScriptException extends RuntimeException
        permits ScriptFormatException, DuplicateRevisionException, LocationNotFoundException {

    private static final long serialVersionUID = 1L;

    ScriptException(String message) {
        super(message);
    }

    ScriptException(String message, Throwable cause) {
        super(message, cause);
    }
}
