package dev.migrate.command;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The scripts' {@link Catalog#fingerprint fingerprint}, taken on a background thread while the caller opens its
 * connection and reads the version rows and the newest history entries: for scripts in a folder that is one file
 * system lookup per script, split between that thread, a second one when the pool has one free, and the caller
 * once it asks for the fingerprint, which then costs little time of its own. {@link #get()} waits for it.
 *
 * <p>The threads are daemons from a small shared pool that lets them go after a few idle seconds; when all are busy
 * (many upgrades at once), the fingerprint is taken on the caller's thread when first asked for.
 */
final class PendingFingerprint implements Supplier<String> {

    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    /** Also lends {@link Catalog#fingerprint} a thread to share a folder's file look-ups. */
    static final ExecutorService THREADS = new ThreadPoolExecutor(0, 4, 10, TimeUnit.SECONDS,
            new SynchronousQueue<>(), task -> {
                Thread thread = new Thread(task, "migrate-fingerprint-" + THREAD_NUMBER.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });

    private final Future<Optional<String>> future;
    private final Runnable inline;
    private final HelpWanted help;

    private PendingFingerprint(Future<Optional<String>> future, Runnable inline, HelpWanted help) {
        this.future = future;
        this.inline = inline;
        this.help = help;
    }

    /** Starts taking the fingerprint of {@code config}'s locations. */
    static PendingFingerprint start(MigrateConfig config) {
        HelpWanted help = new HelpWanted();
        Callable<Optional<String>> task = () -> Catalog.fingerprint(config, help);
        try {
            return new PendingFingerprint(THREADS.submit(task), null, help);
        } catch (RejectedExecutionException e) {
            FutureTask<Optional<String>> later = new FutureTask<>(task);
            return new PendingFingerprint(later, later, help);
        }
    }

    /**
     * The fingerprint, waiting for it; empty when the locations cannot be fingerprinted. While the file look-ups
     * of a folder are under way, the caller's thread takes a share of them before it waits.
     */
    Optional<String> value() {
        if (inline != null) {
            inline.run(); // runs once; later calls return at once
        }
        Runnable lookups = help.work;
        if (lookups != null && !future.isDone()) {
            lookups.run(); // takes look-ups that no thread has taken yet; returns at once when none are left
        }
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty(); // Catalog.fingerprint reports its own failures as empty; this is a JVM error
        }
    }

    /**
     * Hands the fingerprint's file look-ups to a free thread of the pool, and keeps them for the thread that will
     * ask for the fingerprint, which can take a share instead of only waiting.
     */
    private static final class HelpWanted implements Executor {
        private volatile Runnable work;

        @Override
        public void execute(Runnable lookups) {
            work = lookups;
            try {
                THREADS.execute(lookups);
            } catch (RejectedExecutionException busy) {
                // no free thread: the fingerprint's own thread and the caller's take them
            }
        }
    }

    /** The fingerprint, or {@code null} when the locations cannot be fingerprinted. */
    @Override
    public String get() {
        return value().orElse(null);
    }
}
