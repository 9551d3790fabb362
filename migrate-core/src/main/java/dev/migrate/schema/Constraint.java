package dev.migrate.schema;

import java.util.List;

/** A table constraint: primary key, unique, check or foreign key. */
public sealed interface Constraint permits PrimaryKey, UniqueConstraint, CheckConstraint, ForeignKey {

    /** The name, or {@code null} when the database keeps none (possible for constraints read from SQLite). */
    String name();

    /** The same constraint under another name. */
    Constraint named(String newName);

    /** The columns of this table the constraint names (none for a check constraint, whose columns are in its expression). */
    List<String> columns();

    /** A word for messages: "primary key", "unique constraint", "check constraint", "foreign key". */
    String kind();
}
