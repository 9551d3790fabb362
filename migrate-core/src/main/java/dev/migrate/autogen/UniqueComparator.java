package dev.migrate.autogen;

import dev.migrate.op.AddConstraint;
import dev.migrate.op.DropConstraint;
import dev.migrate.schema.ColumnLists;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * Unique constraints, matched by name, or by columns when the database keeps no name for one (SQLite
 * may not). A constraint of the same name over other columns is removed and added again.
 */
final class UniqueComparator implements TableComparator {

    @Override
    public void compare(Table declared, Table live, ComparisonContext context) {
        List<UniqueConstraint> unmatched = new ArrayList<>(live.uniqueConstraints());
        List<UniqueConstraint> added = new ArrayList<>();
        for (UniqueConstraint d : declared.uniqueConstraints()) {
            UniqueConstraint l = Names.find(unmatched, UniqueConstraint::name, d.name())
                    .filter(u -> ColumnLists.same(u.columns(), d.columns()))
                    .or(() -> unmatched.stream().filter(u -> u.name() == null && ColumnLists.same(u.columns(), d.columns()))
                            .findFirst())
                    .orElse(null);
            if (l != null) {
                unmatched.remove(l);
            } else {
                added.add(d);
            }
        }
        for (UniqueConstraint l : unmatched) {
            if (l.name() == null) {
                throw Unnamed.constraint(live.name(), "unique constraint on " + Names.columns(l.columns()));
            }
            context.add(new Difference(Difference.Kind.REMOVE_UNIQUE, live.name(), l.name(),
                    "removed " + describe(live.name(), l), new DropConstraint(live.name(), l.name(), l)));
        }
        for (UniqueConstraint d : added) {
            context.add(new Difference(Difference.Kind.ADD_UNIQUE, live.name(), d.name(),
                    "added " + describe(live.name(), d), new AddConstraint(live.name(), d)));
        }
    }

    private static String describe(String table, UniqueConstraint u) {
        return "unique constraint '" + u.name() + "' on " + table + " " + Names.columns(u.columns());
    }
}
