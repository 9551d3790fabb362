package dev.migrate.schema;

import java.util.Arrays;
import java.util.List;

/**
 * A unique constraint over one or more columns.
 *
 * @param name    the constraint name, or {@code null} to take it from the naming convention
 * @param columns the columns whose combination must be unique
 */
public record UniqueConstraint(String name, List<String> columns) implements Constraint {

    public UniqueConstraint {
        columns = Names.columns("a unique constraint", columns);
    }

    /** A unique constraint over {@code columns}, named by the naming convention. */
    public static UniqueConstraint of(String... columns) {
        return new UniqueConstraint(null, Arrays.asList(columns));
    }

    @Override
    public UniqueConstraint named(String newName) {
        return new UniqueConstraint(newName, columns);
    }

    @Override
    public String kind() {
        return "unique constraint";
    }
}
