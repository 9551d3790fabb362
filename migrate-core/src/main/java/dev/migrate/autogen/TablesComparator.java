package dev.migrate.autogen;

import dev.migrate.op.CreateTable;
import dev.migrate.op.DropTable;
import dev.migrate.schema.Table;
import java.util.List;

/** Tables declared but not in the database (added), and in the database but no longer declared (removed). */
final class TablesComparator {

    void compare(List<Table> declared, List<Table> live, ComparisonContext context) {
        for (Table d : declared) {
            if (Names.find(live, Table::name, d.name()).isEmpty()) {
                context.add(new Difference(Difference.Kind.ADD_TABLE, d.name(), d.name(), "added table '" + d.name() + "'",
                        new CreateTable(d)));
            }
        }
        for (Table l : live) {
            if (Names.find(declared, Table::name, l.name()).isEmpty()) {
                context.add(new Difference(Difference.Kind.REMOVE_TABLE, l.name(), l.name(), "removed table '" + l.name() + "'",
                        new DropTable(l.name(), l)));
            }
        }
    }
}
