package dev.migrate.op;

import dev.migrate.schema.Index;
import java.util.Optional;

/**
 * Drops an index.
 *
 * @param table    the index's table
 * @param name     the index name
 * @param existing its definition, or {@code null}; needed to reverse the op
 */
public record DropIndex(String table, String name, Index existing) implements TableOp {

    public DropIndex {
        Require.name("the table of a dropped index", table);
        Require.name("the index to drop", name);
    }

    @Override
    public Optional<MigrationOp> reverse() {
        return Optional.ofNullable(existing).map(i -> new CreateIndex(table, i.named(name)));
    }

    @Override
    public String description() {
        return "drop index " + name + " on " + table;
    }
}
