package dev.migrate.schema;

import java.util.Arrays;
import java.util.List;

/**
 * A primary key over one or more columns.
 *
 * @param name    the constraint name, or {@code null} to take it from the naming convention
 * @param columns the key's columns, in key order
 */
public record PrimaryKey(String name, List<String> columns) implements Constraint {

    public PrimaryKey {
        columns = Names.columns("a primary key", columns);
    }

    /** A primary key over {@code columns}, named by the naming convention. */
    public static PrimaryKey of(String... columns) {
        return new PrimaryKey(null, Arrays.asList(columns));
    }

    @Override
    public PrimaryKey named(String newName) {
        return new PrimaryKey(newName, columns);
    }

    @Override
    public String kind() {
        return "primary key";
    }
}
