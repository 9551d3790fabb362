package dev.migrate.dialect;

import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.MetaData;
import dev.migrate.schema.Table;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a dialect finds the current definition of a table when an op needs it (a SQLite
 * rebuild): online the live database ({@link Dialect#liveTables}), offline the declared schema
 * ({@link #of(MetaData)}), a {@link SchemaTracker} that follows the ops of an offline run, or
 * nothing ({@link #none()}). A live SQLite lookup also knows what the model cannot describe
 * (triggers, indexes on expressions, table options), which a rebuild replays.
 */
public interface TableLookup {

    /** The current definition of {@code table}, or empty when this lookup does not know the table. */
    Optional<Table> table(String table) throws SQLException;

    /** The tables with a foreign key that refers to {@code table} (itself included when self-referential). */
    Set<String> referencingTables(String table) throws SQLException;

    /** A lookup that knows no table. */
    static TableLookup none() {
        return of(List.of());
    }

    /** A lookup over the tables of a declared schema. */
    static TableLookup of(MetaData metaData) {
        return of(metaData.tables());
    }

    /** A lookup over the given table definitions. */
    static TableLookup of(List<Table> tables) {
        List<Table> copy = List.copyOf(tables);
        return new TableLookup() {
            @Override
            public Optional<Table> table(String table) {
                return copy.stream().filter(t -> t.name().equals(table)).findFirst()
                        .or(() -> copy.stream().filter(t -> t.name().equalsIgnoreCase(table)).findFirst());
            }

            @Override
            public Set<String> referencingTables(String table) {
                return referencing(copy, table);
            }
        };
    }

    /** The tables among {@code tables} with a foreign key to {@code table}. */
    static Set<String> referencing(List<Table> tables, String table) {
        Set<String> out = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Table t : tables) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (fk.referredTable().equalsIgnoreCase(table)) {
                    out.add(t.name());
                }
            }
        }
        return out;
    }
}
