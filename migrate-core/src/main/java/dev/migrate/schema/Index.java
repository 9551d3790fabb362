package dev.migrate.schema;

import java.util.Arrays;
import java.util.List;

/**
 * An index over one or more columns.
 *
 * @param name    the index name, or {@code null} to take it from the naming convention
 * @param columns the indexed columns, in order
 * @param unique  whether the index rejects duplicate keys
 */
public record Index(String name, List<String> columns, boolean unique) {

    public Index {
        columns = Names.columns("an index", columns);
    }

    /** A non-unique index over {@code columns}, named by the naming convention. */
    public static Index of(String... columns) {
        return new Index(null, Arrays.asList(columns), false);
    }

    /** A unique index over {@code columns}, named by the naming convention. */
    public static Index uniqueOf(String... columns) {
        return new Index(null, Arrays.asList(columns), true);
    }

    /** The same index under {@code newName}. */
    public Index named(String newName) {
        return new Index(newName, columns, unique);
    }

    /** The same index over other columns (for renames). */
    public Index withColumns(List<String> newColumns) {
        return new Index(name, newColumns, unique);
    }
}
