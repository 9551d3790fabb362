package dev.migrate.op;

import dev.migrate.schema.Index;
import java.util.Optional;

/** Creates an index; the index must have a name (see {@link Ops}, which names it by convention). */
public record CreateIndex(String table, Index index) implements TableOp {

    public CreateIndex {
        Require.name("the table of a new index", table);
        Require.present("the index to create", index);
        Require.name("an index to create on table " + table, index.name());
    }

    @Override
    public Optional<MigrationOp> reverse() {
        return Optional.of(new DropIndex(table, index.name(), index));
    }

    @Override
    public String description() {
        return "create index " + index.name() + " on " + table;
    }
}
