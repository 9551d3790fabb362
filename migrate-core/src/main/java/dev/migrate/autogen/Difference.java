package dev.migrate.autogen;

import dev.migrate.op.MigrationOp;
import java.util.Objects;

/**
 * One difference between the declared schema and the database, with the op that brings the
 * database to the declaration.
 *
 * @param kind        what differs
 * @param table       the table
 * @param subject     the column, index or constraint name, or the table name for table-level kinds
 * @param description one line for people, for example {@code added column 'devices.description' (TEXT)}
 * @param op          the op that makes the database match the declaration
 */
public record Difference(Kind kind, String table, String subject, String description, MigrationOp op) {

    public Difference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(op, "op");
    }

    /** What a difference is about; each kind has its own comparator. */
    public enum Kind {
        ADD_TABLE, REMOVE_TABLE,
        ADD_COLUMN, REMOVE_COLUMN,
        MODIFY_TYPE, MODIFY_NULLABLE, MODIFY_DEFAULT, MODIFY_COMMENT, MODIFY_TABLE_COMMENT,
        ADD_INDEX, REMOVE_INDEX,
        ADD_UNIQUE, REMOVE_UNIQUE,
        ADD_FOREIGN_KEY, REMOVE_FOREIGN_KEY
    }

    @Override
    public String toString() {
        return description;
    }
}
