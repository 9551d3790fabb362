package dev.migrate.schema;

/** Options of a column on its own, as {@code op.addColumn} takes it. */
public final class ColumnBuilder extends ColumnSpec<ColumnBuilder> {

    ColumnBuilder() {
    }

    @Override
    ColumnBuilder self() {
        return this;
    }
}
