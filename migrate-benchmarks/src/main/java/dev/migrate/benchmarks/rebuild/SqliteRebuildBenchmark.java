package dev.migrate.benchmarks.rebuild;

import dev.migrate.dialect.Dialect;
import dev.migrate.op.MigrationOp;
import dev.migrate.op.Ops;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.SqlType;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Times the SQLite table rebuild of Migrate against the bare copy it cannot beat, on the same file:
 * {@code INSERT INTO copy SELECT * FROM t} into an empty table of the same definition; and against
 * the copy into the new definition, an empty table declared as the rebuild leaves {@code t}.
 *
 * <p>The second baseline exists because the bare copy uses SQLite's transfer optimization (whole
 * records copied without decoding), which SQLite refuses once the new table has a CHECK or NOT
 * NULL the old one lacks: then every row is decoded, checked and encoded again, by any copy.
 *
 * <p>The table has 1,000,000 rows and 6 columns. Each scenario changes it through
 * {@link Dialect#statements} on a live connection, inside one transaction, as a migration would
 * (a rebuild, or on SQLite 3.53+ an in-place {@code ALTER TABLE} for check and NOT NULL changes,
 * as the scenario's name says);
 * the baselines copy it inside one transaction too. Runs alternate (bare copy, copy into the new
 * definition, scenario, undo); the report gives minimum and median times and the medians of the
 * paired ratios (each rebuild against the baselines run just before it, which cancels drifts in
 * machine load). A change SQLite makes in place has no new-definition copy ({@code -}). Heap use is
 * sampled every millisecond during each rebuild to show that no rows pass through the JVM.
 *
 * <p>Arguments: {@code [rows] [runs]} (defaults 1000000 and 5).
 */
public final class SqliteRebuildBenchmark {

    private static final String TABLE_SQL = "CREATE TABLE %s (id INTEGER PRIMARY KEY, account INTEGER NOT NULL,"
            + " code TEXT NOT NULL, amount REAL, note TEXT, payload BLOB)";
    private static final List<String> COLUMNS = List.of("id", "account", "code", "amount", "note", "payload");
    private static final Copy BARE = new Copy("copy", String.format(TABLE_SQL, "copy"), "INSERT INTO copy SELECT * FROM t");
    /** The scratch table of the copy into the new definition. */
    private static final String NEW_COPY = "copy_new";
    /** Where {@code t}'s rows live: a rebuild gives the table a new root page, a change in place keeps it. */
    private static final String ROOT_PAGE = "SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = 't'";

    private final Connection connection;
    private final Dialect sqlite = Dialect.forName("sqlite");
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    private SqliteRebuildBenchmark(Connection connection) {
        this.connection = connection;
    }

    /**
     * One way of changing the table, the change that undoes it (so every run starts from the same
     * table), and the columns of {@code t} that fill the changed table, in its column order.
     */
    private record Scenario(String name, OpsBody forward, OpsBody back, List<String> source) {

        Scenario(String name, OpsBody forward, OpsBody back) {
            this(name, forward, back, COLUMNS);
        }
    }

    /** A timed copy from {@code t}: the empty table it creates, and the {@code INSERT ... SELECT} that fills it. */
    private record Copy(String table, String create, String insert) {
    }

    private interface OpsBody {
        void accept(Ops op) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Files.createTempDirectory("migrate-rebuild-bench");
        Path file = dir.resolve("bench.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            new SqliteRebuildBenchmark(c).run(rows, runs, file);
        } finally {
            for (String suffix : List.of("", "-journal", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
            Files.deleteIfExists(dir);
        }
    }

    private void run(int rows, int runs, Path file) throws Exception {
        System.out.printf(Locale.ROOT, "SQLite rebuild benchmark: %,d rows x 6 columns, %d runs each, file %s, SQLite %s, max heap %d MiB%n",
                rows, runs, file, query("SELECT sqlite_version()"), Runtime.getRuntime().maxMemory() >> 20);
        fill(rows);
        System.out.printf(Locale.ROOT, "table t: %.1f MiB on disk%n%n", Files.size(file) / 1048576.0);

        List<Scenario> scenarios = List.of(
                new Scenario("drop NOT NULL (alterColumn nullable; in place on SQLite 3.53+)",
                        op -> op.alterColumn("t", "account", c -> c.nullable()),
                        op -> op.alterColumn("t", "account", c -> c.notNull())),
                new Scenario("rename a column (batch, forced rebuild with a type change)",
                        op -> op.batch("t", b -> b.renameColumn("note", "remark").alterColumn("remark", c -> c.type(SqlType.VARCHAR(80)))),
                        op -> op.batch("t", b -> b.renameColumn("remark", "note").alterColumn("note", c -> c.type(SqlType.TEXT))),
                        List.of("id", "account", "code", "amount", "note", "payload")), // note fills remark
                new Scenario("change type TEXT -> VARCHAR(40)",
                        op -> op.alterColumn("t", "code", c -> c.type(SqlType.VARCHAR(40))),
                        op -> op.alterColumn("t", "code", c -> c.type(SqlType.TEXT))),
                new Scenario("set NOT NULL (alterColumn notNull; in place on SQLite 3.53+)",
                        op -> op.alterColumn("t", "amount", c -> c.notNull()),
                        op -> op.alterColumn("t", "amount", c -> c.nullable())),
                new Scenario("add a check constraint (in place on SQLite 3.53+)",
                        op -> op.addConstraint("t", CheckConstraint.of("ck_t_amount", "amount >= 0")),
                        op -> op.dropConstraint("t", "ck_t_amount")),
                new Scenario("add a check constraint (batch, forced rebuild with a type change)",
                        op -> op.batch("t", b -> b.alterColumn("code", c -> c.type(SqlType.VARCHAR(40)))
                                .createCheckConstraint("amount", "amount >= 0")),
                        op -> op.batch("t", b -> b.alterColumn("code", c -> c.type(SqlType.TEXT)).dropConstraint("ck_t_amount"))),
                new Scenario("batch: set NOT NULL + default on amount, drop column note",
                        op -> op.batch("t", b -> b.alterColumn("amount", c -> c.notNull().defaultValue(0)).dropColumn("note")),
                        op -> op.batch("t", b -> b.alterColumn("amount", c -> c.nullable().dropDefault())
                                .addColumn(Ops.column("note", SqlType.TEXT))),
                        List.of("id", "account", "code", "amount", "payload")));

        System.out.printf(Locale.ROOT, "%-58s %9s %9s %9s %9s %12s %13s %10s%n", "rebuild", "min ms", "base min", "median",
                "base med", "paired ratio", "new-def ratio", "heap +MiB");
        for (Scenario s : scenarios) {
            Copy newDefinition = newDefinitionCopy(s);
            long[] base = new long[runs];
            long[] newCopy = new long[runs];
            long[] rebuild = new long[runs];
            long peak = 0;
            for (int i = 0; i < runs; i++) {
                base[i] = copy(BARE);
                newCopy[i] = newDefinition == null ? 0 : copy(newDefinition);
                long[] measured = timed(s.forward());
                rebuild[i] = measured[0];
                peak = Math.max(peak, measured[1]);
                timed(s.back());
            }
            String newRatio = newDefinition == null ? "-" : String.format(Locale.ROOT, "%.2f", medianRatio(rebuild, newCopy));
            System.out.printf(Locale.ROOT, "%-58s %9d %9d %9d %9d %12.2f %13s %10.1f%n", s.name(), Arrays.stream(rebuild).min().orElseThrow(),
                    Arrays.stream(base).min().orElseThrow(), median(rebuild), median(base), medianRatio(rebuild, base), newRatio,
                    peak / 1048576.0);
        }
    }

    private void fill(int rows) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(String.format(TABLE_SQL, "t"));
            connection.setAutoCommit(false);
            s.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + rows + ")"
                    + " INSERT INTO t SELECT i, i % 1000, 'code-' || hex(randomblob(6)), (i % 10000) / 7.0,"
                    + " CASE WHEN i % 3 = 0 THEN NULL ELSE 'note ' || i || ' ' || hex(randomblob(8)) END, randomblob(16) FROM n");
            connection.commit();
            connection.setAutoCommit(true);
        }
    }

    /**
     * The copy into the new definition, or null when SQLite changes the table in place (the scenario
     * keeps the root page of {@code t}). The definition is the one the rebuild leaves in
     * {@code sqlite_schema}, read inside a transaction that is rolled back, under the name
     * {@value #NEW_COPY}. The copy is {@code SELECT *} when every column keeps its place, as the
     * rebuild's own copy is, so SQLite may use its transfer optimization where the new definition
     * allows it; otherwise it names the columns on both sides.
     */
    private Copy newDefinitionCopy(Scenario s) throws Exception {
        String root = query(ROOT_PAGE);
        String sql;
        List<String> target = new ArrayList<>();
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            s.forward().accept(new Ops(this::apply, sqlite.name(), connection));
            if (root.equals(query(ROOT_PAGE))) {
                return null;
            }
            sql = query("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 't'");
            try (var rs = st.executeQuery("SELECT name FROM pragma_table_info('t') ORDER BY cid")) {
                while (rs.next()) {
                    target.add("\"" + rs.getString(1) + "\"");
                }
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
        String create = sql.replaceFirst("^CREATE TABLE (\"t\"|t) ", "CREATE TABLE " + NEW_COPY + " ");
        if (create.equals(sql)) {
            throw new IllegalStateException("unexpected definition of the rebuilt table: " + sql);
        }
        if (target.size() != s.source().size()) {
            throw new IllegalStateException(s.name() + ": the rebuilt table has the columns " + target + ", the scenario fills "
                    + s.source());
        }
        String insert = s.source().equals(COLUMNS) ? "INSERT INTO " + NEW_COPY + " SELECT * FROM t"
                : "INSERT INTO " + NEW_COPY + " (" + String.join(", ", target) + ") SELECT " + String.join(", ", s.source())
                        + " FROM t";
        return new Copy(NEW_COPY, create, insert);
    }

    /** Times one copy from {@code t} into an empty table: filled inside one transaction, committed, then dropped. */
    private long copy(Copy copy) throws SQLException {
        System.gc();
        try (Statement s = connection.createStatement()) {
            s.execute(copy.create());
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            s.execute(copy.insert());
            connection.commit();
            long elapsed = System.nanoTime() - start;
            connection.setAutoCommit(true);
            s.execute("DROP TABLE " + copy.table());
            return elapsed / 1_000_000;
        }
    }

    /** Runs the ops as a transactional migration step; returns elapsed milliseconds and the peak heap growth in bytes. */
    private long[] timed(OpsBody body) throws Exception {
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        connection.setAutoCommit(false);
        long start = System.nanoTime();
        body.accept(new Ops(this::apply, sqlite.name(), connection));
        connection.commit();
        long elapsed = System.nanoTime() - start;
        connection.setAutoCommit(true);
        sampler.interrupt();
        sampler.join();
        return new long[] {elapsed / 1_000_000, Math.max(0, peak.get() - before)};
    }

    private void apply(MigrationOp op) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String sql : sqlite.statements(op, sqlite.liveTables(connection))) {
                s.execute(sql);
            }
        }
    }

    private String query(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The median of the paired ratios {@code times[i] / baseline[i]}. */
    private static double medianRatio(long[] times, long[] baseline) {
        double[] ratios = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            ratios[i] = (double) times[i] / baseline[i];
        }
        Arrays.sort(ratios);
        return ratios[ratios.length / 2];
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
