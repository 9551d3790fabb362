package dev.migrate.boot.autoconfigure;

import dev.migrate.command.Migrator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares the startup migration on a background thread while the rest of the context refreshes and
 * the web server starts: a read-only {@link Migrator#upToDateCheaply()} loads the JDBC driver, opens the
 * pool's first connection and loads Migrate's classes; when that check cannot tell, a read-only
 * {@link Migrator#status()} also reads and parses the scripts. The {@link MigrateStartupRunner} that follows
 * (the work that decides readiness) finds all of that done.
 * It changes nothing in the database; a failure here is only logged at DEBUG, as the runner meets the
 * same problem and reports it.
 */
final class StartupWarmUp {

    private static final Logger logger = LoggerFactory.getLogger(StartupWarmUp.class);

    /** How long the runner (or the context's shutdown) waits for the warm-up before going on without it. */
    private static final long MAX_WAIT_SECONDS = 60;

    private final CountDownLatch done = new CountDownLatch(1);

    private StartupWarmUp() {
    }

    /** Starts the warm-up on a daemon thread. */
    static StartupWarmUp start(Migrator migrator) {
        StartupWarmUp warmUp = new StartupWarmUp();
        Thread thread = new Thread(() -> {
            long start = System.nanoTime();
            try {
                if (!migrator.upToDateCheaply()) {
                    migrator.status();
                }
                logger.debug("Startup warm-up took {} ms", (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException | LinkageError e) {
                logger.debug("Startup warm-up failed (the startup migration reports it if it matters): {}",
                        e.getMessage());
            } finally {
                warmUp.done.countDown();
            }
        }, "migrate-warm-up");
        thread.setDaemon(true);
        thread.start();
        return warmUp;
    }

    /** Waits until the warm-up ended (at most a minute); the caller goes on either way. */
    void await() {
        try {
            if (!done.await(MAX_WAIT_SECONDS, TimeUnit.SECONDS)) {
                logger.debug("Startup warm-up still running after {} s; going on without it", MAX_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
