package dev.migrate.schema;

import java.util.function.Consumer;

/**
 * A column: its name, type, nullability, server default, identity (auto-increment), generated
 * expression, collation and comment. Constraints that involve a column (primary key, unique,
 * foreign key, check) belong to its {@link Table}.
 *
 * @param name          the column name
 * @param type          the type
 * @param nullable      whether the column accepts NULL
 * @param serverDefault the default the database applies, or {@code null}
 * @param identity      whether the database generates the value (identity, auto-increment)
 * @param computed      the generated-column expression, or {@code null}
 * @param collation     the collation name, or {@code null} for the database default
 * @param comment       the comment, or {@code null}
 */
public record Column(String name, SqlType type, boolean nullable, ServerDefault serverDefault, boolean identity,
        Computed computed, String collation, String comment) {

    public Column {
        Names.require("a column", name);
        if (type == null) {
            throw new IllegalArgumentException("column " + name + " needs a type");
        }
        if (identity && !type.isInteger()) {
            throw new IllegalArgumentException("identity column " + name + " must be SMALLINT, INTEGER or BIGINT, was " + type);
        }
        if (identity && (serverDefault != null || computed != null)) {
            throw new IllegalArgumentException("identity column " + name + " cannot also have a default or a generated expression");
        }
        if (computed != null && serverDefault != null) {
            throw new IllegalArgumentException("generated column " + name + " cannot also have a default");
        }
        if (identity) {
            nullable = false;
        }
    }

    /** A nullable column of {@code type}, without default. */
    public static Column column(String name, SqlType type) {
        return new Column(name, type, true, null, false, null, null, null);
    }

    /** A column of {@code type} with options: {@code column("name", TEXT, c -> c.notNull().defaultValue(""))}. */
    public static Column column(String name, SqlType type, Consumer<ColumnBuilder> options) {
        ColumnBuilder b = new ColumnBuilder();
        options.accept(b);
        return b.build(name, type);
    }

    public Column withName(String newName) {
        return new Column(newName, type, nullable, serverDefault, identity, computed, collation, comment);
    }

    public Column withType(SqlType newType) {
        return new Column(name, newType, nullable, serverDefault, identity, computed, collation, comment);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, serverDefault, identity, computed, collation, comment);
    }

    public Column withServerDefault(ServerDefault newDefault) {
        return new Column(name, type, nullable, newDefault, identity, computed, collation, comment);
    }

    public Column withIdentity(boolean newIdentity) {
        return new Column(name, type, nullable, serverDefault, newIdentity, computed, collation, comment);
    }

    public Column withComment(String newComment) {
        return new Column(name, type, nullable, serverDefault, identity, computed, collation, newComment);
    }

    public Column withCollation(String newCollation) {
        return new Column(name, type, nullable, serverDefault, identity, computed, newCollation, comment);
    }
}
