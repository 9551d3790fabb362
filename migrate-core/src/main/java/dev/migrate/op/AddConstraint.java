package dev.migrate.op;

import dev.migrate.schema.Constraint;
import java.util.Optional;

/** Adds a primary key, unique, check or foreign-key constraint; it must have a name. */
public record AddConstraint(String table, Constraint constraint) implements TableOp {

    public AddConstraint {
        Require.name("the table of a new constraint", table);
        Require.present("the constraint to add", constraint);
        Require.name("a " + constraint.kind() + " to add to table " + table, constraint.name());
    }

    @Override
    public Optional<MigrationOp> reverse() {
        return Optional.of(new DropConstraint(table, constraint.name(), constraint));
    }

    @Override
    public String description() {
        return "add " + constraint.kind() + " " + constraint.name() + " to " + table;
    }
}
