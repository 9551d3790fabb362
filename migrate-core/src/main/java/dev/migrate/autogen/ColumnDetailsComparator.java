package dev.migrate.autogen;

import dev.migrate.schema.Column;
import dev.migrate.schema.Table;
import java.util.List;

/** Runs the column comparators on every column that is both declared and in the database. */
final class ColumnDetailsComparator implements TableComparator {

    private final List<ColumnComparator> comparators;

    ColumnDetailsComparator(List<ColumnComparator> comparators) {
        this.comparators = List.copyOf(comparators);
    }

    @Override
    public void compare(Table declared, Table live, ComparisonContext context) {
        for (Column d : declared.columns()) {
            Column l = Names.find(live.columns(), Column::name, d.name()).orElse(null);
            if (l != null) {
                for (ColumnComparator c : comparators) {
                    c.compare(live, d, l, context);
                }
            }
        }
    }
}
