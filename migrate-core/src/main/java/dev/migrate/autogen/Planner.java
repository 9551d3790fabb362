package dev.migrate.autogen;

import dev.migrate.op.AddColumn;
import dev.migrate.op.AddConstraint;
import dev.migrate.op.AlterColumn;
import dev.migrate.op.BatchAlterTable;
import dev.migrate.op.ColumnChange;
import dev.migrate.op.CreateTable;
import dev.migrate.op.DropColumn;
import dev.migrate.op.DropConstraint;
import dev.migrate.op.DropTable;
import dev.migrate.op.MigrationOp;
import dev.migrate.op.TableOp;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Table;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Puts the ops of the differences in a safe order, and reverses them for the downgrade.
 *
 * <p>Upgrade: foreign keys that go are dropped first, then indexes and unique constraints that go;
 * new tables are created (a table after the tables its keys refer to; keys in a cycle are added after
 * all the tables); then each existing table's columns are added, altered and dropped and its new
 * indexes and unique constraints created; then new foreign keys are added; removed tables are
 * dropped last, a referring table before the table it refers to. Where the database rebuilds tables
 * to change them (SQLite), an existing table's changes form one batch. The downgrade is the reverse
 * of every op, in reverse order.
 */
final class Planner {

    private final DialectRules rules;

    Planner(DialectRules rules) {
        this.rules = rules;
    }

    /** The upgrade and downgrade ops of {@code differences}. */
    Plan plan(List<Difference> differences) {
        List<Table> created = new ArrayList<>();
        List<Table> dropped = new ArrayList<>();
        Map<String, TableChanges> changes = new LinkedHashMap<>();
        for (Difference d : differences) {
            switch (d.kind()) {
                case ADD_TABLE -> created.add(((CreateTable) d.op()).table());
                case REMOVE_TABLE -> dropped.add(((DropTable) d.op()).existing());
                default -> changes.computeIfAbsent(key(d.table()), k -> new TableChanges(((TableOp) d.op()).table()))
                        .add(d);
            }
        }
        List<MigrationOp> creates = new ArrayList<>();
        List<MigrationOp> lateKeys = new ArrayList<>();
        createInOrder(created, creates, lateKeys);
        List<MigrationOp> drops = dropInOrder(dropped);

        List<MigrationOp> upgrade = new ArrayList<>();
        if (rules.batchesTableChanges()) {
            upgrade.addAll(creates);
            upgrade.addAll(lateKeys);
            for (TableChanges t : changes.values()) {
                List<TableOp> ops = t.all();
                if (ops.stream().anyMatch(Planner::rebuilds)) {
                    upgrade.add(new BatchAlterTable(t.table, ops, null));
                } else {
                    upgrade.addAll(ops);
                }
            }
        } else {
            changes.values().forEach(t -> upgrade.addAll(t.dropForeignKeys));
            changes.values().forEach(t -> upgrade.addAll(t.dropKeys));
            upgrade.addAll(creates);
            for (TableChanges t : changes.values()) {
                upgrade.addAll(t.columnOps());
                upgrade.addAll(t.addKeys);
                upgrade.addAll(t.comments);
            }
            upgrade.addAll(lateKeys);
            changes.values().forEach(t -> upgrade.addAll(t.addForeignKeys));
        }
        upgrade.addAll(drops);
        return new Plan(upgrade, reverse(upgrade));
    }

    /** Whether SQLite must rebuild the table for this op. */
    private static boolean rebuilds(TableOp op) {
        return op instanceof AlterColumn || op instanceof AddConstraint || op instanceof DropConstraint
                || op instanceof DropColumn;
    }

    private void createInOrder(List<Table> created, List<MigrationOp> out, List<MigrationOp> lateKeys) {
        Map<String, Table> remaining = new LinkedHashMap<>();
        created.forEach(t -> remaining.put(key(t.name()), t));
        while (!remaining.isEmpty()) {
            Table next = remaining.values().stream()
                    .filter(t -> t.foreignKeys().stream().noneMatch(fk -> refersToOther(t, fk, remaining)))
                    .findFirst().orElse(null);
            if (next == null) {
                Table cyclic = inCycle(remaining);
                if (rules.lateForeignKeys()) {
                    next = cyclic;
                } else {
                    for (ForeignKey fk : breakCycle(cyclic, remaining)) {
                        lateKeys.add(new AddConstraint(cyclic.name(), fk));
                    }
                    continue;
                }
            }
            remaining.remove(key(next.name()));
            out.add(new CreateTable(next));
        }
    }

    private List<MigrationOp> dropInOrder(List<Table> dropped) {
        List<MigrationOp> out = new ArrayList<>();
        Map<String, Table> remaining = new LinkedHashMap<>();
        dropped.forEach(t -> remaining.put(key(t.name()), t));
        while (!remaining.isEmpty()) {
            Table next = remaining.values().stream()
                    .filter(t -> remaining.values().stream().noneMatch(other -> other != t
                            && other.foreignKeys().stream().anyMatch(fk -> key(fk.referredTable()).equals(key(t.name())))))
                    .findFirst().orElse(null);
            if (next == null) {
                Table cyclic = inCycle(remaining);
                if (rules.lateForeignKeys()) {
                    next = cyclic;
                } else {
                    for (ForeignKey fk : breakCycle(cyclic, remaining)) {
                        out.add(new DropConstraint(cyclic.name(), fk.name(), fk));
                    }
                    continue;
                }
            }
            remaining.remove(key(next.name()));
            out.add(new DropTable(next.name(), next));
        }
        return out;
    }

    /**
     * Takes from {@code cyclic} (in {@code remaining}) the foreign keys that close a cycle through the other
     * remaining tables and returns them; the table stays in {@code remaining} with the others.
     */
    private List<ForeignKey> breakCycle(Table cyclic, Map<String, Table> remaining) {
        List<ForeignKey> kept = new ArrayList<>();
        List<ForeignKey> closing = new ArrayList<>();
        for (ForeignKey fk : cyclic.foreignKeys()) {
            (closesCycle(cyclic, fk, remaining) ? closing : kept).add(fk);
        }
        remaining.put(key(cyclic.name()), cyclic.withForeignKeys(kept));
        return closing;
    }

    /** The first of {@code tables} whose foreign keys lead back to it through the others. */
    private static Table inCycle(Map<String, Table> tables) {
        for (Table t : tables.values()) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (closesCycle(t, fk, tables)) {
                    return t;
                }
            }
        }
        throw new IllegalStateException("no table of " + tables.keySet() + " is in a cycle of foreign keys");
    }

    /** Whether {@code fk} of {@code table} refers to another of {@code tables} from which {@code table} is reached again. */
    private static boolean closesCycle(Table table, ForeignKey fk, Map<String, Table> tables) {
        if (!refersToOther(table, fk, tables)) {
            return false;
        }
        String start = key(table.name());
        Deque<String> todo = new ArrayDeque<>(List.of(key(fk.referredTable())));
        Set<String> seen = new HashSet<>(todo);
        while (!todo.isEmpty()) {
            Table t = tables.get(todo.pop());
            for (ForeignKey next : t.foreignKeys()) {
                String referred = key(next.referredTable());
                if (referred.equals(start)) {
                    return true;
                }
                if (tables.containsKey(referred) && seen.add(referred)) {
                    todo.push(referred);
                }
            }
        }
        return false;
    }

    private static boolean refersToOther(Table table, ForeignKey fk, Map<String, Table> tables) {
        String referred = key(fk.referredTable());
        return !referred.equals(key(table.name())) && tables.containsKey(referred);
    }

    private List<MigrationOp> reverse(List<MigrationOp> upgrade) {
        List<MigrationOp> out = new ArrayList<>();
        for (int i = upgrade.size() - 1; i >= 0; i--) {
            MigrationOp op = upgrade.get(i);
            MigrationOp reversed = op.reverse().orElseThrow(() -> new IllegalStateException(
                    "autogenerate made an op it cannot reverse: " + op.description()));
            out.add(withConversions(reversed));
        }
        return out;
    }

    /** The op with the {@code USING} conversion of its type changes filled in, as the comparator does for upgrades. */
    private MigrationOp withConversions(MigrationOp op) {
        if (op instanceof BatchAlterTable b) {
            List<TableOp> ops = new ArrayList<>();
            b.ops().forEach(o -> ops.add((TableOp) withConversions(o)));
            return new BatchAlterTable(b.table(), ops, b.copyFrom());
        }
        if (!(op instanceof AlterColumn a)) {
            return op;
        }
        List<ColumnChange> changes = new ArrayList<>();
        for (ColumnChange c : a.changes()) {
            if (c instanceof ColumnChange.SetType t && t.using() == null && t.existing() != null) {
                changes.add(new ColumnChange.SetType(t.type(), t.existing(), rules.conversion(a.column(), t.existing(), t.type())));
            } else {
                changes.add(c);
            }
        }
        return new AlterColumn(a.table(), a.column(), changes);
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The ordered ops of both directions. */
    record Plan(List<MigrationOp> upgrade, List<MigrationOp> downgrade) {
        Plan {
            upgrade = List.copyOf(upgrade);
            downgrade = List.copyOf(downgrade);
        }
    }

    /** The changes of one existing table, by phase. */
    private static final class TableChanges {
        final String table;
        final List<TableOp> dropForeignKeys = new ArrayList<>();
        final List<TableOp> dropKeys = new ArrayList<>();
        final List<AddColumn> addColumns = new ArrayList<>();
        final Map<String, ColumnAlters> alters = new LinkedHashMap<>();
        final List<DropColumn> dropColumns = new ArrayList<>();
        final List<TableOp> addKeys = new ArrayList<>();
        final List<TableOp> comments = new ArrayList<>();
        final List<TableOp> addForeignKeys = new ArrayList<>();

        TableChanges(String table) {
            this.table = table;
        }

        void add(Difference d) {
            TableOp op = (TableOp) d.op();
            switch (d.kind()) {
                case REMOVE_FOREIGN_KEY -> dropForeignKeys.add(op);
                case REMOVE_INDEX, REMOVE_UNIQUE -> dropKeys.add(op);
                case ADD_COLUMN -> addColumns.add((AddColumn) op);
                case REMOVE_COLUMN -> dropColumns.add((DropColumn) op);
                case ADD_INDEX, ADD_UNIQUE -> addKeys.add(op);
                case MODIFY_TABLE_COMMENT -> comments.add(op);
                case ADD_FOREIGN_KEY -> addForeignKeys.add(op);
                default -> {
                    AlterColumn a = (AlterColumn) op;
                    alters.computeIfAbsent(key(a.column()), k -> new ColumnAlters(a.table(), a.column())).add(a);
                }
            }
        }

        List<TableOp> columnOps() {
            List<TableOp> out = new ArrayList<>(addColumns);
            alters.values().forEach(a -> out.add(a.op()));
            out.addAll(dropColumns);
            return out;
        }

        /** Every change of the table in one list, for a batch. */
        List<TableOp> all() {
            List<TableOp> out = new ArrayList<>(dropForeignKeys);
            out.addAll(dropKeys);
            out.addAll(columnOps());
            out.addAll(addKeys);
            out.addAll(comments);
            out.addAll(addForeignKeys);
            return out;
        }
    }

    /** The changes of one column, merged into one op. */
    private static final class ColumnAlters {
        final String table;
        final String column;
        ColumnChange.SetType type;
        ColumnChange.SetNullable nullable;
        ColumnChange.SetDefault serverDefault;
        ColumnChange.SetComment comment;

        ColumnAlters(String table, String column) {
            this.table = table;
            this.column = column;
        }

        void add(AlterColumn a) {
            for (ColumnChange c : a.changes()) {
                if (c instanceof ColumnChange.SetType t) {
                    type = t;
                } else if (c instanceof ColumnChange.SetNullable n) {
                    nullable = n;
                } else if (c instanceof ColumnChange.SetDefault d) {
                    serverDefault = d;
                } else {
                    comment = (ColumnChange.SetComment) c;
                }
            }
        }

        /**
         * One op. When the type and the default both change, the old default is dropped before the
         * type changes and the new one set after, so neither has to be converted to the other type.
         */
        AlterColumn op() {
            List<ColumnChange> changes = new ArrayList<>();
            boolean splitDefault = type != null && serverDefault != null && serverDefault.existing() != null;
            if (splitDefault) {
                changes.add(new ColumnChange.SetDefault(null, serverDefault.existing()));
            }
            if (type != null) {
                changes.add(type);
            }
            if (nullable != null) {
                changes.add(nullable);
            }
            if (serverDefault != null && !(splitDefault && serverDefault.serverDefault() == null)) {
                changes.add(splitDefault ? new ColumnChange.SetDefault(serverDefault.serverDefault(), null) : serverDefault);
            }
            if (comment != null) {
                changes.add(comment);
            }
            return new AlterColumn(table, column, changes);
        }
    }
}
