package dev.migrate.autogen;

import dev.migrate.op.AddConstraint;
import dev.migrate.op.DropConstraint;
import dev.migrate.schema.ColumnLists;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Foreign keys, matched by what they do: their columns, the table and columns they refer to, and
 * their actions. Names are not compared (a key that only changed its name is no difference); a key
 * whose columns or actions changed is removed and added again.
 */
final class ForeignKeyComparator implements TableComparator {

    @Override
    public void compare(Table declared, Table live, ComparisonContext context) {
        List<ForeignKey> unmatched = new ArrayList<>(live.foreignKeys());
        List<ForeignKey> added = new ArrayList<>();
        for (ForeignKey d : declared.foreignKeys()) {
            ForeignKey l = Names.find(unmatched, ForeignKey::name, d.name()).filter(f -> same(f, d))
                    .or(() -> unmatched.stream().filter(f -> same(f, d)).findFirst())
                    .orElse(null);
            if (l != null) {
                unmatched.remove(l);
            } else {
                added.add(d);
            }
        }
        for (ForeignKey l : unmatched) {
            if (l.name() == null) {
                throw Unnamed.constraint(live.name(), "foreign key on " + Names.columns(l.columns()) + " to "
                        + l.referredTable());
            }
            context.add(new Difference(Difference.Kind.REMOVE_FOREIGN_KEY, live.name(), l.name(),
                    "removed " + describe(live.name(), l), new DropConstraint(live.name(), l.name(), l)));
        }
        for (ForeignKey d : added) {
            context.add(new Difference(Difference.Kind.ADD_FOREIGN_KEY, live.name(), d.name(),
                    "added " + describe(live.name(), d), new AddConstraint(live.name(), d)));
        }
    }

    static boolean same(ForeignKey a, ForeignKey b) {
        return ColumnLists.same(a.columns(), b.columns()) && a.referredTable().equalsIgnoreCase(b.referredTable())
                && ColumnLists.same(a.referredColumns(), b.referredColumns()) && a.onDelete() == b.onDelete()
                && a.onUpdate() == b.onUpdate() && a.deferred() == b.deferred();
    }

    private static String describe(String table, ForeignKey f) {
        StringBuilder s = new StringBuilder("foreign key '").append(f.name()).append("' on ").append(table).append(' ')
                .append(Names.columns(f.columns())).append(" -> ").append(f.referredTable()).append(' ')
                .append(Names.columns(f.referredColumns()));
        if (f.onDelete() != dev.migrate.schema.ReferentialAction.NO_ACTION) {
            s.append(" ON DELETE ").append(f.onDelete().sql());
        }
        if (f.onUpdate() != dev.migrate.schema.ReferentialAction.NO_ACTION) {
            s.append(" ON UPDATE ").append(f.onUpdate().sql());
        }
        if (f.deferred()) {
            s.append(" DEFERRABLE INITIALLY DEFERRED");
        }
        return s.toString();
    }
}
