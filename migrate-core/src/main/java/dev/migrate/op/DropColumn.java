package dev.migrate.op;

import dev.migrate.schema.Column;
import java.util.Optional;

/**
 * Drops a column (with the indexes and constraints that involve it).
 *
 * @param table    the table
 * @param column   the column name
 * @param existing the column's definition, or {@code null}; needed to reverse the op
 */
public record DropColumn(String table, String column, Column existing) implements TableOp {

    public DropColumn {
        Require.name("the table of a dropped column", table);
        Require.name("the column to drop", column);
    }

    @Override
    public Optional<MigrationOp> reverse() {
        return Optional.ofNullable(existing).map(c -> new AddColumn(table, c));
    }

    @Override
    public String description() {
        return "drop column " + table + "." + column;
    }
}
