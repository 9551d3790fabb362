package dev.migrate.op;

import dev.migrate.schema.Table;
import java.util.Optional;

/**
 * Drops a table.
 *
 * @param table    the table name
 * @param existing its definition, or {@code null}; needed to reverse the op
 */
public record DropTable(String table, Table existing) implements MigrationOp {

    public DropTable {
        Require.name("the table to drop", table);
    }

    @Override
    public Optional<MigrationOp> reverse() {
        return Optional.ofNullable(existing).map(CreateTable::new);
    }

    @Override
    public String description() {
        return "drop table " + table;
    }
}
