package dev.migrate.autogen;

import dev.migrate.op.AlterColumn;
import dev.migrate.op.ColumnChange;
import dev.migrate.schema.Column;
import dev.migrate.schema.Table;
import java.util.List;

/**
 * NULL allowed or not. A primary-key column the declaration leaves nullable is NOT NULL in the
 * database (the key implies it), which is no difference.
 */
final class NullableComparator implements ColumnComparator {

    @Override
    public void compare(Table table, Column declared, Column live, ComparisonContext context) {
        if (declared.nullable() == live.nullable()) {
            return;
        }
        if (declared.nullable() && table.primaryKey() != null
                && Names.find(table.primaryKey().columns(), c -> c, declared.name()).isPresent()) {
            return;
        }
        context.add(new Difference(Difference.Kind.MODIFY_NULLABLE, table.name(), live.name(),
                "changed nullability of '" + table.name() + "." + live.name() + "': "
                        + (declared.nullable() ? "NULL allowed (was NOT NULL)" : "NOT NULL (was NULL allowed)"),
                new AlterColumn(table.name(), live.name(), List.of(new ColumnChange.SetNullable(declared.nullable())))));
    }
}
