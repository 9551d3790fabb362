package dev.migrate.op;

import dev.migrate.schema.Table;
import java.util.Optional;

/** Creates a table with its constraints and indexes. */
public record CreateTable(Table table) implements MigrationOp {

    public CreateTable {
        Require.present("the table to create", table);
    }

    @Override
    public Optional<MigrationOp> reverse() {
        return Optional.of(new DropTable(table.name(), table));
    }

    @Override
    public String description() {
        return "create table " + table.name();
    }
}
