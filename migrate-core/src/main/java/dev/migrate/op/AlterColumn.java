package dev.migrate.op;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Changes a column's type, nullability, server default or comment; the changes apply in order. */
public record AlterColumn(String table, String column, List<ColumnChange> changes) implements TableOp {

    public AlterColumn {
        Require.name("the table of an altered column", table);
        Require.name("the column to alter", column);
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("altering column " + table + "." + column + " needs at least one change");
        }
    }

    @Override
    public Optional<MigrationOp> reverse() {
        List<ColumnChange> reversed = new ArrayList<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            Optional<ColumnChange> r = changes.get(i).reverse();
            if (r.isEmpty()) {
                return Optional.empty();
            }
            reversed.add(r.get());
        }
        return Optional.of(new AlterColumn(table, column, reversed));
    }

    @Override
    public String description() {
        return "alter column " + table + "." + column;
    }
}
