package dev.migrate.runtime;

/** Another migration held the database's migration lock for longer than the lock timeout. */
public final class LockTimeoutException extends RuntimeException {

    LockTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
