package dev.migrate.op;

import java.util.Optional;

/** Renames a column. */
public record RenameColumn(String table, String column, String newName) implements TableOp {

    public RenameColumn {
        Require.name("the table of a renamed column", table);
        Require.name("the column to rename", column);
        Require.name("the new column name", newName);
    }

    @Override
    public Optional<MigrationOp> reverse() {
        return Optional.of(new RenameColumn(table, newName, column));
    }

    @Override
    public String description() {
        return "rename column " + table + "." + column + " to " + newName;
    }
}
