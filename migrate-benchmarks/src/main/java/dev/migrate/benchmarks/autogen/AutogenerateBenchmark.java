package dev.migrate.benchmarks.autogen;

import static dev.migrate.schema.SqlType.BIGINT;
import static dev.migrate.schema.SqlType.BOOLEAN;
import static dev.migrate.schema.SqlType.DATE;
import static dev.migrate.schema.SqlType.INTEGER;
import static dev.migrate.schema.SqlType.NUMERIC;
import static dev.migrate.schema.SqlType.TEXT;
import static dev.migrate.schema.SqlType.TIMESTAMP;
import static dev.migrate.schema.SqlType.VARCHAR;

import dev.migrate.autogen.Autogenerator;
import dev.migrate.autogen.CompareOptions;
import dev.migrate.autogen.SchemaDiff;
import dev.migrate.command.Migrator;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.SchemaCreator;
import dev.migrate.dialect.TableLookup;
import dev.migrate.op.MigrationOp;
import dev.migrate.schema.MetaData;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Table;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Autogenerate against a large PostgreSQL schema with no changes: 1,000 tables of 10 columns, each
 * with a primary key, a unique constraint, two indexes and one or two foreign keys. Times the whole
 * comparison (read the catalog, compare, order the ops) on an open connection, the reading and the
 * comparing apart, and {@link Migrator#compare} (which also connects); every run must find no difference.
 *
 * <p>Arguments: {@code [jdbc-url-of-a-maintenance-database] [tables] [runs]}; defaults
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres} (or {@code $MIGRATE_TEST_POSTGRES_URL}), 1000
 * and 10. It creates the database {@code migrate_autogen_bench} and drops it at the end.
 */
public final class AutogenerateBenchmark {

    private static final String DATABASE = "migrate_autogen_bench";
    private static final long TARGET_MILLIS = 2000;

    private AutogenerateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String admin = args.length > 0 ? args[0] : System.getenv().getOrDefault("MIGRATE_TEST_POSTGRES_URL",
                "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
        int tables = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        String url = urlFor(admin, DATABASE);
        try (Connection c = DriverManager.getConnection(admin); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            st.execute("CREATE DATABASE " + DATABASE);
        }
        try {
            run(url, tables, runs);
        } finally {
            try (Connection c = DriverManager.getConnection(admin); Statement st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            }
        }
    }

    private static void run(String url, int tableCount, int runs) throws Exception {
        MetaData schema = schema(tableCount);
        Dialect postgres = Dialect.forName("postgresql");
        int columns = schema.tables().stream().mapToInt(t -> t.columns().size()).sum();
        int indexes = schema.tables().stream().mapToInt(t -> t.indexes().size()).sum();
        int keys = schema.tables().stream().mapToInt(t -> t.foreignKeys().size()).sum();
        try (Connection c = DriverManager.getConnection(url)) {
            long start = System.nanoTime();
            create(c, postgres, schema);
            System.out.printf(Locale.ROOT, "Autogenerate benchmark on PostgreSQL %s: %,d tables, %,d columns, %,d indexes,"
                    + " %,d foreign keys (created in %.1f s); %d runs each, no changes expected%n%n",
                    c.getMetaData().getDatabaseProductVersion(), tableCount, columns, indexes, keys,
                    (System.nanoTime() - start) / 1e9, runs);

            Autogenerator autogen = new Autogenerator(postgres, CompareOptions.defaults());
            for (int i = 0; i < 3; i++) {
                expectNoChanges(autogen.compare(schema, c, null));
            }
            long[] whole = new long[runs];
            long[] read = new long[runs];
            long[] compare = new long[runs];
            for (int r = 0; r < runs; r++) {
                long t0 = System.nanoTime();
                List<Table> live = autogen.introspect(c, null);
                long t1 = System.nanoTime();
                SchemaDiff diff = autogen.compare(schema.tables(), live);
                long t2 = System.nanoTime();
                expectNoChanges(diff);
                read[r] = t1 - t0;
                compare[r] = t2 - t1;
                long t3 = System.nanoTime();
                expectNoChanges(autogen.compare(schema, c, null));
                whole[r] = System.nanoTime() - t3;
            }
            long[] migrator = new long[runs];
            Migrator m = Migrator.builder().url(url).build();
            expectNoChanges(m.compare(schema));
            for (int r = 0; r < runs; r++) {
                long t0 = System.nanoTime();
                expectNoChanges(m.compare(schema));
                migrator[r] = System.nanoTime() - t0;
            }
            System.out.printf(Locale.ROOT, "%-58s %10s %10s%n", "", "min ms", "median ms");
            line("autogenerate (read the catalog + compare), open connection", whole);
            line("  read the catalog (5 queries)", read);
            line("  compare and order the ops", compare);
            line("Migrator.compare (connect + read + compare)", migrator);
            long median = median(whole);
            System.out.printf(Locale.ROOT, "%nTarget: under %d ms for autogenerate with no changes: %s (median %d ms)%n",
                    TARGET_MILLIS, median / 1_000_000 < TARGET_MILLIS ? "met" : "NOT met", median / 1_000_000);
        }
    }

    /** Creates the schema, committing every 50 ops (one transaction would need more locks than the server allows). */
    private static void create(Connection c, Dialect postgres, MetaData schema) throws Exception {
        List<MigrationOp> ops = new SchemaCreator(postgres).createOps(schema, postgres.inventory(c));
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            for (int i = 0; i < ops.size(); i++) {
                for (String sql : postgres.statements(ops.get(i), TableLookup.none())) {
                    st.execute(sql);
                }
                if (i % 50 == 49) {
                    c.commit();
                }
            }
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** {@code tables} tables of 10 columns: a key, a unique constraint, two indexes, one or two foreign keys each. */
    static MetaData schema(int tables) {
        MetaData.Builder b = MetaData.builder();
        for (int i = 0; i < tables; i++) {
            int n = i;
            b.table(String.format(Locale.ROOT, "t%04d", i), t -> {
                t.column("id", BIGINT, c -> c.primaryKey().identity())
                        .column("code", VARCHAR(40), c -> c.notNull().unique())
                        .column("name", VARCHAR(200), c -> c.notNull().defaultValue(""))
                        .column("amount", NUMERIC(12, 2))
                        .column("quantity", INTEGER, c -> c.notNull().defaultValue(0))
                        .column("active", BOOLEAN, c -> c.notNull().defaultValue(true))
                        .column("created_at", TIMESTAMP, c -> c.notNull().defaultSql("CURRENT_TIMESTAMP"))
                        .column("due", DATE)
                        .column("note", TEXT)
                        .column("parent_id", BIGINT, c -> c.references(n == 0 ? "t0000" : String.format(Locale.ROOT,
                                "t%04d", n - 1), "id", ReferentialAction.CASCADE))
                        .index("name")
                        .index("created_at", "active");
                if (n >= 10) {
                    t.foreignKey("parent_id", String.format(Locale.ROOT, "t%04d", n - 10), "id");
                }
            });
        }
        return b.build();
    }

    private static void expectNoChanges(SchemaDiff diff) {
        if (!diff.isEmpty()) {
            throw new IllegalStateException("The benchmark expects no changes, but autogenerate found some:\n" + diff.report());
        }
    }

    private static void line(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-58s %10.1f %10.1f%n", what, sorted[0] / 1e6, median(nanos) / 1e6);
    }

    private static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String urlFor(String admin, String database) {
        int query = admin.indexOf('?');
        String base = query < 0 ? admin : admin.substring(0, query);
        String params = query < 0 ? "" : admin.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
    }

}
