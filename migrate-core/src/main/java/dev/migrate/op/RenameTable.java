package dev.migrate.op;

import java.util.Optional;

/** Renames a table. */
public record RenameTable(String table, String newName) implements MigrationOp {

    public RenameTable {
        Require.name("the table to rename", table);
        Require.name("the new table name", newName);
    }

    @Override
    public Optional<MigrationOp> reverse() {
        return Optional.of(new RenameTable(newName, table));
    }

    @Override
    public String description() {
        return "rename table " + table + " to " + newName;
    }
}
