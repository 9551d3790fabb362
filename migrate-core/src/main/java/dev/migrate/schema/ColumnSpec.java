package dev.migrate.schema;

/**
 * The options every column has; {@link ColumnBuilder} for a column on its own,
 * {@link TableColumnBuilder} for a column declared in a table (which may also join constraints).
 *
 * @param <B> the concrete builder, so calls chain
 */
public abstract sealed class ColumnSpec<B extends ColumnSpec<B>> permits ColumnBuilder, TableColumnBuilder {

    boolean nullable = true;
    ServerDefault serverDefault;
    boolean identity;
    Computed computed;
    String collation;
    String comment;

    ColumnSpec() {
    }

    abstract B self();

    /** The column rejects NULL. */
    public B notNull() {
        nullable = false;
        return self();
    }

    /** The column accepts NULL (the default). */
    public B nullable() {
        nullable = true;
        return self();
    }

    /** A literal default: a string, number, boolean, date or time, UUID, or bytes. */
    public B defaultValue(Object value) {
        serverDefault = ServerDefault.value(value);
        return self();
    }

    /** A default written as a SQL expression, for example {@code CURRENT_TIMESTAMP}. */
    public B defaultSql(String expression) {
        serverDefault = ServerDefault.sql(expression);
        return self();
    }

    /** The database generates the value: an identity column, or auto-increment. Implies NOT NULL. */
    public B identity() {
        identity = true;
        nullable = false;
        return self();
    }

    /** A stored generated column: {@code GENERATED ALWAYS AS (expression) STORED}. */
    public B computed(String expression) {
        computed = new Computed(expression, true);
        return self();
    }

    /** A generated column, stored or (SQLite only) virtual. */
    public B computed(String expression, boolean stored) {
        computed = new Computed(expression, stored);
        return self();
    }

    /** The collation, for example {@code NOCASE} on SQLite or {@code "C"} on PostgreSQL. */
    public B collate(String collationName) {
        collation = collationName;
        return self();
    }

    /** A comment stored with the column (PostgreSQL; SQLite has no comments). */
    public B comment(String text) {
        comment = text;
        return self();
    }

    Column build(String name, SqlType type) {
        return new Column(name, type, nullable, serverDefault, identity, computed, collation, comment);
    }
}
