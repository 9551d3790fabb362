package dev.migrate.op;

import dev.migrate.schema.ServerDefault;
import dev.migrate.schema.SqlType;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes of one {@code alterColumn}:
 * {@code op.alterColumn("devices", "name", c -> c.type(TEXT).notNull().defaultValue(""))}.
 * Give the {@code existing…} values when you know them, so the op can be reversed.
 */
public final class AlterColumnBuilder {

    private SqlType type;
    private SqlType existingType;
    private String using;
    private Boolean nullable;
    private boolean defaultChanged;
    private ServerDefault serverDefault;
    private ServerDefault existingDefault;
    private boolean commentChanged;
    private String comment;
    private String existingComment;

    AlterColumnBuilder() {
    }

    /** The new type. */
    public AlterColumnBuilder type(SqlType newType) {
        type = newType;
        return this;
    }

    /** The new type, converted with PostgreSQL's {@code USING} expression (SQLite casts on its own). */
    public AlterColumnBuilder type(SqlType newType, String usingExpression) {
        type = newType;
        using = usingExpression;
        return this;
    }

    /** The current type (makes a type change reversible). */
    public AlterColumnBuilder existingType(SqlType current) {
        existingType = current;
        return this;
    }

    /** The column rejects NULL from now on. */
    public AlterColumnBuilder notNull() {
        nullable = false;
        return this;
    }

    /** The column accepts NULL from now on. */
    public AlterColumnBuilder nullable() {
        nullable = true;
        return this;
    }

    /** A new literal default. */
    public AlterColumnBuilder defaultValue(Object value) {
        defaultChanged = true;
        serverDefault = ServerDefault.value(value);
        return this;
    }

    /** A new default written as a SQL expression. */
    public AlterColumnBuilder defaultSql(String expression) {
        defaultChanged = true;
        serverDefault = ServerDefault.sql(expression);
        return this;
    }

    /** Drops the default. */
    public AlterColumnBuilder dropDefault() {
        defaultChanged = true;
        serverDefault = null;
        return this;
    }

    /** The current default (makes a default change reversible; without it the reverse drops the default). */
    public AlterColumnBuilder existingDefault(ServerDefault current) {
        existingDefault = current;
        return this;
    }

    /** A new column comment. */
    public AlterColumnBuilder comment(String text) {
        commentChanged = true;
        comment = text;
        return this;
    }

    /** Drops the column comment. */
    public AlterColumnBuilder dropComment() {
        commentChanged = true;
        comment = null;
        return this;
    }

    /** The current comment (makes a comment change reversible). */
    public AlterColumnBuilder existingComment(String current) {
        existingComment = current;
        return this;
    }

    AlterColumn build(String table, String column) {
        List<ColumnChange> changes = new ArrayList<>();
        if (type != null) {
            changes.add(new ColumnChange.SetType(type, existingType, using));
        }
        if (nullable != null) {
            changes.add(new ColumnChange.SetNullable(nullable));
        }
        if (defaultChanged) {
            changes.add(new ColumnChange.SetDefault(serverDefault, existingDefault));
        }
        if (commentChanged) {
            changes.add(new ColumnChange.SetComment(comment, existingComment));
        }
        return new AlterColumn(table, column, changes);
    }
}
