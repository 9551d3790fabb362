package dev.migrate.cli;

/**
 * The level of Migrate's logs (slf4j-simple, on stderr): warnings by default ({@code simplelogger.properties}),
 * informational with {@code -v}, debug with {@code -X}. Set before a verb runs and put back after it, so that
 * in-process runs (tests) do not leak their level into the next.
 */
final class Logging implements AutoCloseable {

    static final String MIGRATE_LEVEL = "org.slf4j.simpleLogger.log.dev.migrate";

    private final String previous;

    private Logging(String level) {
        previous = System.getProperty(MIGRATE_LEVEL);
        if (level != null) {
            System.setProperty(MIGRATE_LEVEL, level);
        }
    }

    /** Sets the level for {@code verbose} / {@code debug}; {@link #close()} puts the previous one back. */
    static Logging configure(boolean verbose, boolean debug) {
        return new Logging(debug ? "debug" : verbose ? "info" : null);
    }

    @Override
    public void close() {
        if (previous == null) {
            System.clearProperty(MIGRATE_LEVEL);
        } else {
            System.setProperty(MIGRATE_LEVEL, previous);
        }
    }
}
