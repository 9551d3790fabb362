package dev.migrate.schema;

import java.util.List;

/**
 * A foreign key: {@code columns} of this table refer to {@code referredColumns} of
 * {@code referredTable}.
 *
 * @param name            the constraint name, or {@code null} to take it from the naming convention
 * @param columns         the referring columns of this table
 * @param referredTable   the table referred to
 * @param referredColumns its columns, matched by position
 * @param onDelete        what happens when the referred row is deleted
 * @param onUpdate        what happens when the referred key changes
 * @param deferred        whether the key is checked at commit ({@code DEFERRABLE INITIALLY DEFERRED})
 *                        rather than after each statement
 */
public record ForeignKey(String name, List<String> columns, String referredTable, List<String> referredColumns,
        ReferentialAction onDelete, ReferentialAction onUpdate, boolean deferred) implements Constraint {

    public ForeignKey {
        columns = Names.columns("a foreign key", columns);
        Names.require("the referred table of a foreign key", referredTable);
        referredColumns = Names.columns("the referred side of a foreign key", referredColumns);
        if (columns.size() != referredColumns.size()) {
            throw new IllegalArgumentException("foreign key " + (name == null ? "" : name + " ") + "on " + columns
                    + " refers to " + referredColumns.size() + " columns of " + referredTable + "; the counts must match");
        }
        onDelete = onDelete == null ? ReferentialAction.NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? ReferentialAction.NO_ACTION : onUpdate;
    }

    /** A foreign key checked after each statement. */
    public ForeignKey(String name, List<String> columns, String referredTable, List<String> referredColumns,
            ReferentialAction onDelete, ReferentialAction onUpdate) {
        this(name, columns, referredTable, referredColumns, onDelete, onUpdate, false);
    }

    /** A single-column foreign key: {@code ForeignKey.of("owner_id", "users", "id")}. */
    public static ForeignKey of(String column, String referredTable, String referredColumn) {
        return new ForeignKey(null, List.of(column), referredTable, List.of(referredColumn), null, null);
    }

    /** A foreign key over several columns. */
    public static ForeignKey of(List<String> columns, String referredTable, List<String> referredColumns) {
        return new ForeignKey(null, columns, referredTable, referredColumns, null, null);
    }

    /** The same key with {@code ON DELETE action}. */
    public ForeignKey onDelete(ReferentialAction action) {
        return new ForeignKey(name, columns, referredTable, referredColumns, action, onUpdate, deferred);
    }

    /** The same key with {@code ON UPDATE action}. */
    public ForeignKey onUpdate(ReferentialAction action) {
        return new ForeignKey(name, columns, referredTable, referredColumns, onDelete, action, deferred);
    }

    /** The same key, checked at commit ({@code DEFERRABLE INITIALLY DEFERRED}). */
    public ForeignKey initiallyDeferred() {
        return new ForeignKey(name, columns, referredTable, referredColumns, onDelete, onUpdate, true);
    }

    @Override
    public ForeignKey named(String newName) {
        return new ForeignKey(newName, columns, referredTable, referredColumns, onDelete, onUpdate, deferred);
    }

    /** The same key with other local and referred columns (for renames). */
    public ForeignKey withColumns(List<String> newColumns, String newReferredTable, List<String> newReferredColumns) {
        return new ForeignKey(name, newColumns, newReferredTable, newReferredColumns, onDelete, onUpdate, deferred);
    }

    @Override
    public String kind() {
        return "foreign key";
    }
}
