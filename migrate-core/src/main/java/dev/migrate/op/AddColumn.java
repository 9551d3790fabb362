package dev.migrate.op;

import dev.migrate.schema.Column;
import java.util.Optional;

/** Adds a column at the end of a table. */
public record AddColumn(String table, Column column) implements TableOp {

    public AddColumn {
        Require.name("the table of a new column", table);
        Require.present("the column to add", column);
    }

    @Override
    public Optional<MigrationOp> reverse() {
        return Optional.of(new DropColumn(table, column.name(), column));
    }

    @Override
    public String description() {
        return "add column " + table + "." + column.name();
    }
}
