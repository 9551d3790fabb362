package dev.migrate.cli;

/**
 * The level of Migrate's logs (slf4j-simple, on stderr): warnings by default ({@code simplelogger.properties}),
 * informational with {@code -v}, debug with {@code -X}. Set before a verb runs and put back after it, so that
 * in-process runs (tests) do not leak their level into the next.
 */
final class Logging implements AutoCloseable {

    static final String MIGRATE_LEVEL = "org.slf4j.simpleLogger.log.dev.migrate";
    /** Off by default ({@code simplelogger.properties}): it logs each failure the command line prints anyway. */
    static final String RUNNER_LEVEL = "org.slf4j.simpleLogger.log.dev.migrate.runtime.Runner";

    private final String previousMigrate;
    private final String previousRunner;

    private Logging(String level) {
        previousMigrate = System.getProperty(MIGRATE_LEVEL);
        previousRunner = System.getProperty(RUNNER_LEVEL);
        if (level != null) {
            System.setProperty(MIGRATE_LEVEL, level);
            System.setProperty(RUNNER_LEVEL, level);
        }
    }

    /** Sets the level for {@code verbose} / {@code debug}; {@link #close()} puts the previous one back. */
    static Logging configure(boolean verbose, boolean debug) {
        return new Logging(debug ? "debug" : verbose ? "info" : null);
    }

    @Override
    public void close() {
        restore(MIGRATE_LEVEL, previousMigrate);
        restore(RUNNER_LEVEL, previousRunner);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
