package dev.migrate.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A table: columns in order, constraints, indexes and a comment. Immutable; build one with
 * {@link #table(String, Consumer)} or through {@link MetaData#builder()}.
 *
 * @param name              the table name
 * @param columns           the columns, in order
 * @param primaryKey        the primary key, or {@code null}
 * @param uniqueConstraints the unique constraints
 * @param checkConstraints  the check constraints
 * @param foreignKeys       the foreign keys
 * @param indexes           the indexes (unique indexes included; unique constraints are not indexes here)
 * @param comment           the table comment, or {@code null}
 */
public record Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniqueConstraints,
        List<CheckConstraint> checkConstraints, List<ForeignKey> foreignKeys, List<Index> indexes, String comment) {

    public Table {
        Names.require("a table", name);
        columns = List.copyOf(columns);
        uniqueConstraints = List.copyOf(uniqueConstraints);
        checkConstraints = List.copyOf(checkConstraints);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("table " + name + " needs at least one column");
        }
        Set<String> seen = new HashSet<>();
        int identities = 0;
        for (Column c : columns) {
            if (!seen.add(c.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("table " + name + " declares column " + c.name() + " twice");
            }
            identities += c.identity() ? 1 : 0;
        }
        if (identities > 1) {
            throw new IllegalArgumentException("table " + name + " declares " + identities + " identity columns; at most one is allowed");
        }
        List<Constraint> all = new ArrayList<>();
        if (primaryKey != null) {
            all.add(primaryKey);
        }
        all.addAll(uniqueConstraints);
        all.addAll(checkConstraints);
        all.addAll(foreignKeys);
        Set<String> names = new HashSet<>();
        for (Constraint c : all) {
            requireColumns(name, seen, c.kind() + (c.name() == null ? " on " + c.columns() : " " + c.name()), c.columns());
            if (c.name() != null && !names.add(c.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("table " + name + " has two constraints named " + c.name());
            }
        }
        for (Index i : indexes) {
            requireColumns(name, seen, "index" + (i.name() == null ? " on " + i.columns() : " " + i.name()), i.columns());
            if (i.name() != null && !names.add(i.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("table " + name + " has an index and another index or constraint both named " + i.name());
            }
        }
    }

    private static void requireColumns(String table, Set<String> columns, String what, List<String> used) {
        for (String c : used) {
            if (!columns.contains(c.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(what + " of table " + table + " names column " + c + ", which the table does not have");
            }
        }
    }

    /** Declares a table with the default naming convention: {@code Table.table("devices", t -> t.column(...))}. */
    public static Table table(String name, Consumer<TableBuilder> definition) {
        return table(name, NamingConvention.DEFAULT, definition);
    }

    /** Declares a table, naming its constraints and indexes with {@code naming}. */
    public static Table table(String name, NamingConvention naming, Consumer<TableBuilder> definition) {
        TableBuilder b = new TableBuilder(name);
        definition.accept(b);
        return b.build(naming);
    }

    /** The column called {@code columnName} (exact match first, then ignoring case). */
    public Optional<Column> column(String columnName) {
        for (Column c : columns) {
            if (c.name().equals(columnName)) {
                return Optional.of(c);
            }
        }
        return columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)).findFirst();
    }

    /** The column names, in order. */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** All constraints: primary key, unique, check, foreign keys, in that order. */
    public List<Constraint> constraints() {
        List<Constraint> all = new ArrayList<>();
        if (primaryKey != null) {
            all.add(primaryKey);
        }
        all.addAll(uniqueConstraints);
        all.addAll(checkConstraints);
        all.addAll(foreignKeys);
        return all;
    }

    /** The constraint called {@code constraintName}, ignoring case. */
    public Optional<Constraint> constraint(String constraintName) {
        return constraints().stream().filter(c -> c.name() != null && c.name().equalsIgnoreCase(constraintName)).findFirst();
    }

    /** The index called {@code indexName}, ignoring case. */
    public Optional<Index> index(String indexName) {
        return indexes.stream().filter(i -> i.name() != null && i.name().equalsIgnoreCase(indexName)).findFirst();
    }

    /** The tables this table's foreign keys refer to (itself included when a key is self-referential). */
    public Set<String> referredTables() {
        Set<String> out = new java.util.LinkedHashSet<>();
        foreignKeys.forEach(fk -> out.add(fk.referredTable()));
        return out;
    }

    /** The identity column, if any. */
    public Optional<Column> identityColumn() {
        return columns.stream().filter(Column::identity).findFirst();
    }

    public Table withName(String newName) {
        return new Table(newName, columns, primaryKey, uniqueConstraints, checkConstraints, foreignKeys, indexes, comment);
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, newColumns, primaryKey, uniqueConstraints, checkConstraints, foreignKeys, indexes, comment);
    }

    public Table withPrimaryKey(PrimaryKey newPrimaryKey) {
        return new Table(name, columns, newPrimaryKey, uniqueConstraints, checkConstraints, foreignKeys, indexes, comment);
    }

    public Table withUniqueConstraints(List<UniqueConstraint> newUniques) {
        return new Table(name, columns, primaryKey, newUniques, checkConstraints, foreignKeys, indexes, comment);
    }

    public Table withCheckConstraints(List<CheckConstraint> newChecks) {
        return new Table(name, columns, primaryKey, uniqueConstraints, newChecks, foreignKeys, indexes, comment);
    }

    public Table withForeignKeys(List<ForeignKey> newForeignKeys) {
        return new Table(name, columns, primaryKey, uniqueConstraints, checkConstraints, newForeignKeys, indexes, comment);
    }

    public Table withIndexes(List<Index> newIndexes) {
        return new Table(name, columns, primaryKey, uniqueConstraints, checkConstraints, foreignKeys, newIndexes, comment);
    }

    public Table withComment(String newComment) {
        return new Table(name, columns, primaryKey, uniqueConstraints, checkConstraints, foreignKeys, indexes, newComment);
    }

    /** This table with every unnamed primary key, unique constraint, foreign key and index named by {@code naming}. */
    public Table named(NamingConvention naming) {
        Objects.requireNonNull(naming, "naming");
        return new Table(name, columns, primaryKey == null ? null : (PrimaryKey) naming.apply(name, primaryKey),
                uniqueConstraints.stream().map(u -> (UniqueConstraint) naming.apply(name, u)).toList(),
                checkConstraints, foreignKeys.stream().map(f -> (ForeignKey) naming.apply(name, f)).toList(),
                indexes.stream().map(i -> naming.apply(name, i)).toList(), comment);
    }
}
