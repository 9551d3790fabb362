package dev.migrate.autogen;

import dev.migrate.op.CreateIndex;
import dev.migrate.op.DropIndex;
import dev.migrate.schema.ColumnLists;
import dev.migrate.schema.Index;
import dev.migrate.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Indexes, matched by name. An index of the same name over other columns, or unique where it was not,
 * is removed and added again.
 */
final class IndexComparator implements TableComparator {

    @Override
    public void compare(Table declared, Table live, ComparisonContext context) {
        List<Index> unmatched = new ArrayList<>(live.indexes());
        List<Index> added = new ArrayList<>();
        for (Index d : declared.indexes()) {
            Index l = Names.find(unmatched, Index::name, d.name()).orElse(null);
            if (l != null && sameDefinition(d, l)) {
                unmatched.remove(l);
            } else {
                added.add(d);
            }
        }
        for (Index l : unmatched) {
            context.add(new Difference(Difference.Kind.REMOVE_INDEX, live.name(), l.name(),
                    "removed " + describe(live.name(), l), new DropIndex(live.name(), l.name(), l)));
        }
        for (Index d : added) {
            context.add(new Difference(Difference.Kind.ADD_INDEX, live.name(), d.name(),
                    "added " + describe(live.name(), d), new CreateIndex(live.name(), d)));
        }
    }

    private static boolean sameDefinition(Index a, Index b) {
        return a.unique() == b.unique() && ColumnLists.same(a.columns(), b.columns());
    }

    private static String describe(String table, Index i) {
        return (i.unique() ? "unique index '" : "index '") + i.name() + "' on " + table + " " + Names.columns(i.columns());
    }
}
