package dev.migrate.autogen;

import dev.migrate.op.AlterColumn;
import dev.migrate.op.ColumnChange;
import dev.migrate.schema.Column;
import dev.migrate.schema.Table;
import java.util.List;

/** The column type, with the database's own equivalences ({@link DialectRules#sameType}). */
final class TypeComparator implements ColumnComparator {

    @Override
    public void compare(Table table, Column declared, Column live, ComparisonContext context) {
        DialectRules rules = context.rules();
        if (rules.sameType(declared.type(), live.type())) {
            return;
        }
        context.add(new Difference(Difference.Kind.MODIFY_TYPE, table.name(), live.name(),
                "changed type of '" + table.name() + "." + live.name() + "' from " + rules.typeName(live.type())
                        + " to " + rules.typeName(declared.type()),
                new AlterColumn(table.name(), live.name(), List.of(new ColumnChange.SetType(declared.type(), live.type(),
                        rules.conversion(live.name(), live.type(), declared.type()))))));
    }
}
