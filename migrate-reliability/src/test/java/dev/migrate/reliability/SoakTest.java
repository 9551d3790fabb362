package dev.migrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.command.Migrator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * 500 cycles of upgrade to head and downgrade to base over 20 revisions on each database, with one migrator (as an
 * application keeps one): the database is at base after each cycle, and connections, locks, open files and the heap
 * after a full GC do not grow between the start (after a warm-up) and the end.
 */
class SoakTest {

    static final int REVISIONS = 20;
    static final int CYCLES = Integer.getInteger("migrate.soak.cycles", 500);
    static final int WARM_UP = 10;
    /** Heap after GC may differ by this much between start and end (class loading, JIT data, history reads). */
    static final long HEAP_SLACK = 24L << 20;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void postgres() throws Exception {
        try (Db.Postgres db = (Db.Postgres) Db.postgres()) {
            Migrator migrator = migrator(db);
            cycles(migrator, db, WARM_UP);
            long heap = heapAfterGc();
            assertThat(db.otherSessions()).as("sessions at start").isZero();
            long fds = openFiles();
            cycles(migrator, db, CYCLES - WARM_UP);
            // A closed connection's backend leaves pg_stat_activity a moment after the client closed it.
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (db.otherSessions() > 0 && System.nanoTime() < deadline) {
                Jvm.sleep(50);
            }
            assertThat(db.otherSessions()).as("sessions at the end: " + db.strings("SELECT application_name || ' ' "
                    + "|| state || ' ' || query FROM pg_stat_activity WHERE datname = current_database() "
                    + "AND pid <> pg_backend_pid()")).isZero();
            assertThat(db.advisoryLocks()).as("advisory locks at the end").isZero();
            report(db, heap, heapAfterGc(), fds, openFiles());
        }
    }

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void sqlite() throws Exception {
        Db db = Db.sqlite(dir, "soak.db");
        Migrator migrator = migrator(db);
        cycles(migrator, db, WARM_UP);
        long heap = heapAfterGc();
        long fds = openFiles();
        cycles(migrator, db, CYCLES - WARM_UP);
        report(db, heap, heapAfterGc(), fds, openFiles());
    }

    /**
     * The soak measures growth, not durability: commits skip the flush to disk (SQLite {@code synchronous=OFF};
     * PostgreSQL {@code synchronous_commit=off} for these sessions only), so that 20,000 steps fit in the suite's time.
     */
    private static String fastCommits(Db db) {
        return db.url() + (db.kind().equals("sqlite") ? "?synchronous=OFF"
                : "&options=-c%20synchronous_commit%3Doff");
    }

    private Migrator migrator(Db db) {
        Path migrations = Chain.write(dir.resolve("migrations-" + db.kind()), REVISIONS,
                n -> (n == 1 ? "CREATE TABLE soak (n INTEGER NOT NULL, v VARCHAR(20));\n" : "")
                        + "INSERT INTO soak (n, v) VALUES (" + n + ", 'x');",
                n -> n == 1 ? "DROP TABLE soak;" : "DELETE FROM soak WHERE n = " + n + ";");
        return Migrator.builder().url(fastCommits(db)).locations("filesystem:" + migrations).build();
    }

    private static void cycles(Migrator migrator, Db db, int count) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            assertThat(migrator.upgrade("heads").toRows()).containsExactly(Chain.id(REVISIONS));
            assertThat(migrator.downgrade("base").toRows()).isEmpty();
        }
        assertThat(db.versionRows()).isEmpty();
        assertThat(db.tables()).containsExactlyInAnyOrder("migrate_version", "migrate_history");
        if (count > 20) {
            System.out.printf("soak %s: %d cycles in %d ms%n", db.kind(), count, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static void report(Db db, long heapStart, long heapEnd, long fdsStart, long fdsEnd) throws Exception {
        long steps = db.number("SELECT count(*) FROM migrate_history WHERE success");
        System.out.printf("soak %s: %d cycles, %d steps logged; heap after GC %d KiB -> %d KiB; open files %d -> %d%n",
                db.kind(), CYCLES, steps, heapStart >> 10, heapEnd >> 10, fdsStart, fdsEnd);
        assertThat(steps).as("steps logged").isEqualTo((long) CYCLES * REVISIONS * 2);
        assertThat(heapEnd - heapStart).as("heap growth (bytes)").isLessThan(HEAP_SLACK);
        assertThat(fdsEnd - fdsStart).as("open file descriptors growth").isLessThanOrEqualTo(2);
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Open file descriptors of this JVM (Linux); -1 where /proc is missing. */
    private static long openFiles() throws IOException {
        Path fd = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fd)) {
            return -1;
        }
        try (Stream<Path> list = Files.list(fd)) {
            return list.count();
        }
    }
}
