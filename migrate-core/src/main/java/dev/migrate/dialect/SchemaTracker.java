package dev.migrate.dialect;

import dev.migrate.op.BatchAlterTable;
import dev.migrate.op.CreateTable;
import dev.migrate.op.DropTable;
import dev.migrate.op.MigrationOp;
import dev.migrate.op.RenameColumn;
import dev.migrate.op.RenameTable;
import dev.migrate.op.TableOp;
import dev.migrate.schema.Table;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Follows the schema through the ops of an offline run, so that a SQLite rebuild in a later
 * revision knows the table as the earlier revisions left it. Tables it has not seen created come
 * from the fallback (the declared schema, or {@link TableLookup#none()}). Raw SQL ({@code execute})
 * is not followed.
 *
 * <p>The runtime renders each op with this lookup, then calls {@link #apply}.
 */
public final class SchemaTracker implements TableLookup {

    private final UnaryOperator<String> quote;
    private final TableLookup fallback;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Set<String> dropped = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private final Set<String> unknown = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    /**
     * A tracker that starts from what {@code fallback} knows.
     *
     * @param dialect  the dialect of the run (quotes the names it writes into rewritten check expressions)
     * @param fallback where tables not created during the run come from
     */
    public SchemaTracker(Dialect dialect, TableLookup fallback) {
        this.quote = dialect::quote;
        this.fallback = fallback;
    }

    /**
     * A tracker that starts from what {@code fallback} knows; names it writes into rewritten check
     * expressions are always quoted (valid on every dialect).
     */
    public SchemaTracker(TableLookup fallback) {
        this.quote = Identifiers::quoted;
        this.fallback = fallback;
    }

    @Override
    public Optional<Table> table(String table) throws SQLException {
        Table known = tables.get(key(table));
        if (known != null) {
            return Optional.of(known);
        }
        return dropped.contains(table) || unknown.contains(table) ? Optional.empty() : fallback.table(table);
    }

    @Override
    public Set<String> referencingTables(String table) throws SQLException {
        Set<String> out = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : fallback.referencingTables(table)) {
            if (!dropped.contains(name) && !tables.containsKey(key(name))) {
                out.add(name);
            }
        }
        out.addAll(TableLookup.referencing(new ArrayList<>(tables.values()), table));
        return out;
    }

    /** Records the effect of {@code op} (after it has been rendered). */
    public void apply(MigrationOp op) throws SQLException {
        if (op instanceof CreateTable c) {
            put(c.table());
        } else if (op instanceof DropTable d) {
            tables.remove(key(d.table()));
            unknown.remove(d.table());
            dropped.add(d.table());
        } else if (op instanceof RenameTable r) {
            Optional<Table> t = table(r.table());
            tables.remove(key(r.table()));
            dropped.add(r.table());
            dropped.remove(r.newName());
            if (t.isPresent()) {
                put(new TableChanges(t.get(), quote).renameTable(r.newName()).table());
            } else {
                unknown.add(r.newName());
            }
            for (Table other : List.copyOf(tables.values())) {
                put(new TableChanges(other, quote).referredTableRenamed(r.table(), r.newName()).table());
            }
        } else if (op instanceof BatchAlterTable b) {
            for (TableOp t : b.ops()) {
                applyTableOp(t, b.copyFrom());
            }
        } else if (op instanceof TableOp t) {
            applyTableOp(t, null);
        }
    }

    private void applyTableOp(TableOp op, Table copyFrom) throws SQLException {
        Optional<Table> current = table(op.table());
        if (current.isEmpty() && copyFrom != null) {
            current = Optional.of(copyFrom);
        }
        if (current.isEmpty()) {
            return;
        }
        try {
            put(new TableChanges(current.get(), quote).apply(op).table());
        } catch (DialectException doesNotFit) {
            // the definition came from a fallback that does not match this point of the run (a
            // declared schema is the newest state): forget the table rather than guess
            tables.remove(key(op.table()));
            unknown.add(op.table());
            return;
        }
        if (op instanceof RenameColumn r) {
            for (Table other : List.copyOf(tables.values())) {
                if (!other.name().equalsIgnoreCase(op.table())) {
                    put(new TableChanges(other, quote).referredColumnRenamed(op.table(), r.column(), r.newName()).table());
                }
            }
        }
    }

    private void put(Table t) {
        tables.put(key(t.name()), t);
        dropped.remove(t.name());
        unknown.remove(t.name());
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
