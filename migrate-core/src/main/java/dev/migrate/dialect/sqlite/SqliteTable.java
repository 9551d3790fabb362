package dev.migrate.dialect.sqlite;

import dev.migrate.schema.Table;
import java.util.List;

/**
 * A SQLite table as read from the database: the portable definition, and what SQLite keeps with
 * it that the model does not describe.
 *
 * @param table        the definition (columns, keys, unique and check constraints, foreign keys, indexes)
 * @param sql          the {@code CREATE TABLE} statement SQLite keeps
 * @param options      the table options after the column list ({@code WITHOUT ROWID}, {@code STRICT}), or ""
 * @param triggers     the triggers on the table
 * @param views        the views whose text names the table
 * @param otherIndexes indexes the model cannot describe (on expressions, partial, descending or with
 *                     another collation), kept as SQL
 */
public record SqliteTable(Table table, String sql, String options, List<Attached> triggers, List<Attached> views,
        List<Attached> otherIndexes) {

    public SqliteTable {
        triggers = List.copyOf(triggers);
        views = List.copyOf(views);
        otherIndexes = List.copyOf(otherIndexes);
    }

    /**
     * A schema object kept as SQL.
     *
     * @param type "trigger", "view" or "index"
     * @param name its name
     * @param sql  its {@code CREATE} statement
     */
    public record Attached(String type, String name, String sql) {
    }
}
