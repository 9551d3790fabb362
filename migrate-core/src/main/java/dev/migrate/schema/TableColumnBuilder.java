package dev.migrate.schema;

/**
 * Options of a column declared inside a table: the column options, and the constraints the
 * column joins (primary key, unique, index, foreign key).
 */
public final class TableColumnBuilder extends ColumnSpec<TableColumnBuilder> {

    boolean primaryKey;
    boolean unique;
    boolean index;
    String referredTable;
    String referredColumn;
    ReferentialAction onDelete;

    TableColumnBuilder() {
    }

    @Override
    TableColumnBuilder self() {
        return this;
    }

    /** The column is (part of) the primary key; implies NOT NULL. Several such columns make a composite key, in order. */
    public TableColumnBuilder primaryKey() {
        primaryKey = true;
        nullable = false;
        return this;
    }

    /** A unique constraint on this column alone. */
    public TableColumnBuilder unique() {
        unique = true;
        return this;
    }

    /** An index on this column alone. */
    public TableColumnBuilder index() {
        index = true;
        return this;
    }

    /** A foreign key from this column to {@code referredTable.referredColumn}. */
    public TableColumnBuilder references(String referredTable, String referredColumn) {
        return references(referredTable, referredColumn, ReferentialAction.NO_ACTION);
    }

    /** A foreign key from this column to {@code referredTable.referredColumn} with {@code ON DELETE onDelete}. */
    public TableColumnBuilder references(String referredTable, String referredColumn, ReferentialAction onDelete) {
        this.referredTable = referredTable;
        this.referredColumn = referredColumn;
        this.onDelete = onDelete;
        return this;
    }
}
