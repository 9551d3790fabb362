package dev.migrate.op;

import dev.migrate.schema.Constraint;
import java.util.Optional;

/**
 * Drops a constraint by name, whatever its kind.
 *
 * @param table    the constraint's table
 * @param name     the constraint name
 * @param existing its definition, or {@code null}; needed to reverse the op
 */
public record DropConstraint(String table, String name, Constraint existing) implements TableOp {

    public DropConstraint {
        Require.name("the table of a dropped constraint", table);
        Require.name("the constraint to drop", name);
    }

    @Override
    public Optional<MigrationOp> reverse() {
        return Optional.ofNullable(existing).map(c -> new AddConstraint(table, c.named(name)));
    }

    @Override
    public String description() {
        return "drop constraint " + name + " on " + table;
    }
}
