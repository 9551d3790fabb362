package dev.migrate.op;

import dev.migrate.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Several changes to one table, applied together: on SQLite, when any of them needs the table
 * rebuilt, the table is rebuilt once for all of them.
 *
 * @param table    the table
 * @param ops      the changes, in order; each names {@code table}
 * @param copyFrom the table's current definition, or {@code null} to read it from the database
 *                 (offline runs need it when the table must be rebuilt)
 */
public record BatchAlterTable(String table, List<TableOp> ops, Table copyFrom) implements MigrationOp {

    public BatchAlterTable {
        Require.name("the table of a batch", table);
        ops = List.copyOf(ops);
        for (TableOp op : ops) {
            if (!op.table().equals(table)) {
                throw new IllegalArgumentException("a batch on table " + table + " cannot hold '" + op.description()
                        + "', which changes table " + op.table());
            }
        }
        if (copyFrom != null && !copyFrom.name().equalsIgnoreCase(table)) {
            throw new IllegalArgumentException("the batch on table " + table + " was given the definition of table " + copyFrom.name());
        }
    }

    @Override
    public Optional<MigrationOp> reverse() {
        List<TableOp> reversed = new ArrayList<>();
        for (int i = ops.size() - 1; i >= 0; i--) {
            Optional<MigrationOp> r = ops.get(i).reverse();
            if (r.isEmpty()) {
                return Optional.empty();
            }
            reversed.add((TableOp) r.get());
        }
        return Optional.of(new BatchAlterTable(table, reversed, null));
    }

    @Override
    public String description() {
        return "batch alter table " + table + " (" + ops.size() + (ops.size() == 1 ? " change)" : " changes)");
    }
}
