package dev.migrate.autogen;

import dev.migrate.op.AddColumn;
import dev.migrate.op.CreateTable;
import dev.migrate.op.DropColumn;
import dev.migrate.op.DropTable;
import dev.migrate.schema.Column;
import dev.migrate.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a comparison cannot tell: a column dropped and another of the same type added to one table,
 * or a table dropped and another with the same columns created, may each be a rename, which keeps the
 * data where a drop and an add lose it.
 */
final class RenameNotes {

    private RenameNotes() {
    }

    static List<String> of(List<Difference> differences, DialectRules rules) {
        List<String> notes = new ArrayList<>();
        for (Difference removed : differences) {
            if (removed.kind() == Difference.Kind.REMOVE_COLUMN) {
                Column old = ((DropColumn) removed.op()).existing();
                for (Difference added : differences) {
                    if (added.kind() == Difference.Kind.ADD_COLUMN && added.table().equalsIgnoreCase(removed.table())) {
                        Column fresh = ((AddColumn) added.op()).column();
                        if (rules.sameType(fresh.type(), old.type())) {
                            notes.add("Possible rename: table '" + removed.table() + "' drops column '" + old.name()
                                    + "' and adds column '" + fresh.name() + "' of the same type ("
                                    + rules.typeName(fresh.type()) + "). If it is a rename, replace the two with op.renameColumn(\""
                                    + removed.table() + "\", \"" + old.name() + "\", \"" + fresh.name() + "\") to keep the data.");
                        }
                    }
                }
            }
        }
        for (Difference removed : differences) {
            if (removed.kind() == Difference.Kind.REMOVE_TABLE) {
                Table old = ((DropTable) removed.op()).existing();
                for (Difference added : differences) {
                    if (added.kind() == Difference.Kind.ADD_TABLE) {
                        Table fresh = ((CreateTable) added.op()).table();
                        if (columnNames(old).equals(columnNames(fresh))) {
                            notes.add("Possible rename: table '" + old.name() + "' is dropped and table '" + fresh.name()
                                    + "' created with the same columns. If it is a rename, replace the two with"
                                    + " op.renameTable(\"" + old.name() + "\", \"" + fresh.name() + "\") to keep the data.");
                        }
                    }
                }
            }
        }
        return notes;
    }

    private static Set<String> columnNames(Table t) {
        Set<String> names = new TreeSet<>();
        t.columns().forEach(c -> names.add(c.name().toLowerCase(Locale.ROOT)));
        return names;
    }
}
