package dev.migrate.dialect;

import dev.migrate.op.AddConstraint;
import dev.migrate.op.BatchAlterTable;
import dev.migrate.op.CreateIndex;
import dev.migrate.op.CreateTable;
import dev.migrate.op.DropConstraint;
import dev.migrate.op.DropTable;
import dev.migrate.op.Execute;
import dev.migrate.op.MigrationOp;
import dev.migrate.op.TableOp;
import dev.migrate.schema.Constraint;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.MetaData;
import dev.migrate.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates a declared schema in a database without migrations, and drops it again: the starter's
 * debug mode. {@link #createAll} creates every missing table, index and constraint, referred
 * tables first; {@link #dropAll} drops the schema's tables in reverse order. Foreign keys in a
 * cycle: on PostgreSQL the tables are created first and those keys added after (and dropped first);
 * on SQLite they stay inside {@code CREATE TABLE}, which does not check the referred table.
 */
public final class SchemaCreator {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaCreator.class);

    private final Dialect dialect;

    public SchemaCreator(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * The tables in creation order: each after the tables it refers to, found depth-first in
     * declaration order, so that only the keys that close a cycle refer to a table created later.
     */
    static List<Table> creationOrder(MetaData metaData) {
        List<Table> ordered = new ArrayList<>();
        Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Table t : metaData.tables()) {
            visit(metaData, t, seen, ordered);
        }
        return ordered;
    }

    private static void visit(MetaData metaData, Table table, Set<String> seen, List<Table> ordered) {
        if (!seen.add(table.name())) {
            return;
        }
        for (String referred : table.referredTables()) {
            metaData.table(referred).ifPresent(r -> visit(metaData, r, seen, ordered));
        }
        ordered.add(table);
    }

    /** Foreign keys that refer to a table created later (a cycle), by table. */
    private static Map<String, List<ForeignKey>> forwardKeys(List<Table> order) {
        Map<String, List<ForeignKey>> out = new LinkedHashMap<>();
        Set<String> created = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Table t : order) {
            created.add(t.name());
            for (ForeignKey fk : t.foreignKeys()) {
                if (!created.contains(fk.referredTable())) {
                    out.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(fk);
                }
            }
        }
        return out;
    }

    /**
     * The ops that create what of {@code metaData} is missing from {@code existing}: missing tables
     * (with their indexes), then the missing indexes and named constraints of tables that exist
     * (one batch per table), then the foreign keys of cycles (PostgreSQL).
     */
    public List<MigrationOp> createOps(MetaData metaData, SchemaInventory existing) throws SQLException {
        List<Table> order = creationOrder(metaData);
        boolean keysByAlter = dialect.capabilities().alterConstraints();
        Map<String, List<ForeignKey>> forward = keysByAlter ? forwardKeys(order) : Map.of();
        Set<String> tables = existing.tables();
        List<MigrationOp> creates = new ArrayList<>();
        List<MigrationOp> alters = new ArrayList<>();
        List<MigrationOp> cycleKeys = new ArrayList<>();
        for (Table t : order) {
            if (!contains(tables, t.name())) {
                List<ForeignKey> later = forward.getOrDefault(t.name(), List.of());
                creates.add(new CreateTable(t.withForeignKeys(t.foreignKeys().stream().filter(fk -> !later.contains(fk)).toList())));
                later.forEach(fk -> cycleKeys.add(new AddConstraint(t.name(), fk)));
                continue;
            }
            Set<String> indexes = existing.indexes(t.name());
            Set<String> constraints = existing.constraints(t.name());
            List<TableOp> missing = new ArrayList<>();
            for (Constraint c : t.constraints()) {
                if (c.name() != null && !contains(constraints, c.name()) && !contains(indexes, c.name())) {
                    missing.add(new AddConstraint(t.name(), c));
                }
            }
            for (Index i : t.indexes()) {
                if (!contains(indexes, i.name())) {
                    missing.add(new CreateIndex(t.name(), i));
                }
            }
            if (!missing.isEmpty()) {
                alters.add(new BatchAlterTable(t.name(), missing, null));
            }
        }
        List<MigrationOp> out = new ArrayList<>(creates);
        out.addAll(alters);
        out.addAll(cycleKeys);
        return out;
    }

    /**
     * The ops that drop the tables of {@code metaData} that exist, in reverse creation order; on
     * PostgreSQL the foreign keys of cycles are dropped first.
     */
    public List<MigrationOp> dropOps(MetaData metaData, SchemaInventory existing) throws SQLException {
        List<Table> order = creationOrder(metaData);
        Set<String> tables = existing.tables();
        List<MigrationOp> out = new ArrayList<>();
        if (dialect instanceof AbstractDialect d) {
            d.beforeDroppingTables().forEach(sql -> out.add(new Execute(sql, Set.of(dialect.name()))));
        }
        if (dialect.capabilities().alterConstraints()) {
            for (Map.Entry<String, List<ForeignKey>> e : forwardKeys(order).entrySet()) {
                if (!contains(tables, e.getKey())) {
                    continue;
                }
                Set<String> constraints = existing.constraints(e.getKey());
                for (ForeignKey fk : e.getValue()) {
                    if (contains(constraints, fk.name())) {
                        out.add(new DropConstraint(e.getKey(), fk.name(), fk));
                    }
                }
            }
        }
        for (int i = order.size() - 1; i >= 0; i--) {
            Table t = order.get(i);
            if (contains(tables, t.name())) {
                out.add(new DropTable(t.name(), t));
            }
        }
        return out;
    }

    /**
     * Creates what of {@code metaData} is missing on {@code connection}, in one transaction when the
     * connection is in auto-commit mode (otherwise inside the caller's), and returns the statements run.
     */
    public List<String> createAll(Connection connection, MetaData metaData) throws SQLException {
        return inTransaction(connection, () -> run(connection, createOps(metaData, dialect.inventory(connection))));
    }

    /**
     * Drops the tables of {@code metaData} that exist on {@code connection}, in one transaction when
     * the connection is in auto-commit mode, and returns the statements run.
     */
    public List<String> dropAll(Connection connection, MetaData metaData) throws SQLException {
        return inTransaction(connection, () -> run(connection, dropOps(metaData, dialect.inventory(connection))));
    }

    private List<String> run(Connection connection, List<MigrationOp> ops) throws SQLException {
        List<String> executed = new ArrayList<>();
        try (Statement s = connection.createStatement()) {
            for (MigrationOp op : ops) {
                for (String sql : dialect.statements(op, dialect.liveTables(connection))) {
                    LOG.debug("{}", sql);
                    try {
                        s.execute(sql);
                    } catch (SQLException e) {
                        throw new SQLException("Failed to " + op.description() + " with: " + sql + " (" + e.getMessage() + ")",
                                e.getSQLState(), e.getErrorCode(), e);
                    }
                    executed.add(sql);
                }
            }
        }
        return executed;
    }

    private interface Work {
        List<String> run() throws SQLException;
    }

    private static List<String> inTransaction(Connection connection, Work work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        if (!autoCommit) {
            return work.run();
        }
        connection.setAutoCommit(false);
        try {
            List<String> out = work.run();
            connection.commit();
            return out;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Whether {@code names} (as the inventory compares them: SQLite ignoring case) holds {@code name}. */
    private static boolean contains(Set<String> names, String name) {
        return names.contains(name);
    }
}
