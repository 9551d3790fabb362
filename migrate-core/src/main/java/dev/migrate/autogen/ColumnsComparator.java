package dev.migrate.autogen;

import dev.migrate.op.AddColumn;
import dev.migrate.op.DropColumn;
import dev.migrate.schema.Column;
import dev.migrate.schema.Table;

/** Columns declared but not in the database (added), and in the database but no longer declared (removed). */
final class ColumnsComparator implements TableComparator {

    @Override
    public void compare(Table declared, Table live, ComparisonContext context) {
        for (Column c : declared.columns()) {
            if (Names.find(live.columns(), Column::name, c.name()).isEmpty()) {
                context.add(new Difference(Difference.Kind.ADD_COLUMN, declared.name(), c.name(),
                        "added column '" + declared.name() + "." + c.name() + "' (" + context.rules().typeName(c.type())
                                + (c.nullable() ? "" : ", NOT NULL") + ")",
                        new AddColumn(live.name(), c)));
            }
        }
        for (Column c : live.columns()) {
            if (Names.find(declared.columns(), Column::name, c.name()).isEmpty()) {
                context.add(new Difference(Difference.Kind.REMOVE_COLUMN, declared.name(), c.name(),
                        "removed column '" + declared.name() + "." + c.name() + "'",
                        new DropColumn(live.name(), c.name(), c)));
            }
        }
    }
}
