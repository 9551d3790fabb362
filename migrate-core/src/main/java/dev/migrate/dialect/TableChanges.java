package dev.migrate.dialect;

import dev.migrate.op.AddColumn;
import dev.migrate.op.AddConstraint;
import dev.migrate.op.AlterColumn;
import dev.migrate.op.ColumnChange;
import dev.migrate.op.CreateIndex;
import dev.migrate.op.DropColumn;
import dev.migrate.op.DropConstraint;
import dev.migrate.op.DropIndex;
import dev.migrate.op.RenameColumn;
import dev.migrate.op.SetTableComment;
import dev.migrate.op.TableOp;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.Computed;
import dev.migrate.schema.Constraint;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Applies table ops to a table definition in memory, as the database would, and remembers where
 * each column's data comes from. A table rebuild renders the result; a {@link SchemaTracker}
 * follows a schema through an offline run with it.
 *
 * <p>As on PostgreSQL, dropping a column drops the indexes and constraints that involve it, and
 * renaming a column renames it in indexes, constraints and check expressions.
 */
public final class TableChanges {

    /**
     * Where a column of the changed table takes its values from.
     *
     * @param column     the column of the changed table
     * @param source     the column of the original table
     * @param sourceType its original type
     * @param type       the column's type now
     */
    public record Transfer(String column, String source, SqlType sourceType, SqlType type) {
    }

    private final Table original;
    private final UnaryOperator<String> quote;
    private String name;
    private final List<Column> columns;
    private final Map<String, Transfer> transfers = new LinkedHashMap<>();
    private PrimaryKey primaryKey;
    private final List<UniqueConstraint> uniques;
    private final List<CheckConstraint> checks;
    private final List<ForeignKey> foreignKeys;
    private final List<Index> indexes;
    private String comment;

    /**
     * @param original the table as it is
     * @param quote    quotes a column name for check expressions that are rewritten on a rename
     */
    public TableChanges(Table original, UnaryOperator<String> quote) {
        this.original = original;
        this.quote = quote;
        this.name = original.name();
        this.columns = new ArrayList<>(original.columns());
        for (Column c : original.columns()) {
            transfers.put(key(c.name()), new Transfer(c.name(), c.name(), c.type(), c.type()));
        }
        this.primaryKey = original.primaryKey();
        this.uniques = new ArrayList<>(original.uniqueConstraints());
        this.checks = new ArrayList<>(original.checkConstraints());
        this.foreignKeys = new ArrayList<>(original.foreignKeys());
        this.indexes = new ArrayList<>(original.indexes());
        this.comment = original.comment();
    }

    /** The table as it was. */
    public Table original() {
        return original;
    }

    /**
     * The table as the ops made it.
     *
     * @throws DialectException when the result is not a valid table
     */
    public Table table() {
        try {
            return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment);
        } catch (IllegalArgumentException e) {
            throw new DialectException("The changes to table " + original.name() + " leave it invalid: " + e.getMessage());
        }
    }

    /** For each column that keeps data, where the data comes from, in column order (new columns have none). */
    public List<Transfer> transfers() {
        List<Transfer> out = new ArrayList<>();
        for (Column c : columns) {
            Transfer t = transfers.get(key(c.name()));
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** Renamed columns: original name to new name. */
    public Map<String, String> renamedColumns() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Transfer t : transfers.values()) {
            if (!t.column().equals(t.source())) {
                out.put(t.source(), t.column());
            }
        }
        return out;
    }

    /**
     * Applies one op.
     *
     * @throws DialectException when the op does not fit the table (unknown column, index or
     *                          constraint; a name already taken)
     */
    public TableChanges apply(TableOp op) {
        if (op instanceof AddColumn a) {
            addColumn(a.column());
        } else if (op instanceof DropColumn d) {
            dropColumn(d.column());
        } else if (op instanceof RenameColumn r) {
            renameColumn(r.column(), r.newName());
        } else if (op instanceof AlterColumn a) {
            alterColumn(a);
        } else if (op instanceof CreateIndex c) {
            requireFreeName(c.index().name());
            indexes.add(c.index());
        } else if (op instanceof DropIndex d) {
            indexes.remove(index(d.name()));
        } else if (op instanceof AddConstraint a) {
            addConstraint(a.constraint());
        } else if (op instanceof DropConstraint d) {
            dropConstraint(d.name());
        } else {
            comment = ((SetTableComment) op).comment();
        }
        return this;
    }

    /** Applies ops in order. */
    public TableChanges applyAll(List<? extends TableOp> ops) {
        ops.forEach(this::apply);
        return this;
    }

    /** Renames the table itself (references of its own foreign keys to it follow). */
    public TableChanges renameTable(String newName) {
        foreignKeys.replaceAll(fk -> fk.referredTable().equalsIgnoreCase(name)
                ? fk.withColumns(fk.columns(), newName, fk.referredColumns()) : fk);
        name = newName;
        return this;
    }

    /** Follows a column rename in another table that this table's foreign keys refer to. */
    public TableChanges referredColumnRenamed(String table, String column, String newName) {
        foreignKeys.replaceAll(fk -> fk.referredTable().equalsIgnoreCase(table)
                ? fk.withColumns(fk.columns(), fk.referredTable(), rename(fk.referredColumns(), column, newName)) : fk);
        return this;
    }

    /** Follows a rename of another table that this table's foreign keys refer to. */
    public TableChanges referredTableRenamed(String table, String newName) {
        foreignKeys.replaceAll(fk -> fk.referredTable().equalsIgnoreCase(table)
                ? fk.withColumns(fk.columns(), newName, fk.referredColumns()) : fk);
        return this;
    }

    private void addColumn(Column column) {
        if (find(column.name()) >= 0) {
            throw new DialectException("Cannot add column " + column.name() + " to table " + name + ": it already has a column of that name");
        }
        columns.add(column);
    }

    private void dropColumn(String column) {
        Column c = columns.remove(require(column));
        transfers.remove(key(c.name()));
        if (primaryKey != null && containsIgnoreCase(primaryKey.columns(), c.name())) {
            primaryKey = null;
        }
        uniques.removeIf(u -> containsIgnoreCase(u.columns(), c.name()));
        foreignKeys.removeIf(f -> containsIgnoreCase(f.columns(), c.name()));
        indexes.removeIf(i -> containsIgnoreCase(i.columns(), c.name()));
        checks.removeIf(k -> SqlTokens.mentions(k.expression(), c.name()));
    }

    private void renameColumn(String column, String newName) {
        int at = require(column);
        Column c = columns.get(at);
        if (!c.name().equalsIgnoreCase(newName) && find(newName) >= 0) {
            throw new DialectException("Cannot rename column " + name + "." + c.name() + " to " + newName
                    + ": the table already has a column of that name");
        }
        String old = c.name();
        columns.set(at, c.withName(newName));
        for (int i = 0; i < columns.size(); i++) {
            Computed computed = columns.get(i).computed();
            if (computed != null && SqlTokens.mentions(computed.expression(), old)) {
                Column g = columns.get(i);
                columns.set(i, new Column(g.name(), g.type(), g.nullable(), g.serverDefault(), g.identity(),
                        new Computed(SqlTokens.renameColumn(computed.expression(), old, quote.apply(newName)), computed.stored()),
                        g.collation(), g.comment()));
            }
        }
        Transfer t = transfers.remove(key(old));
        if (t != null) {
            transfers.put(key(newName), new Transfer(newName, t.source(), t.sourceType(), t.type()));
        }
        if (primaryKey != null) {
            primaryKey = new PrimaryKey(primaryKey.name(), rename(primaryKey.columns(), old, newName));
        }
        uniques.replaceAll(u -> new UniqueConstraint(u.name(), rename(u.columns(), old, newName)));
        foreignKeys.replaceAll(f -> f.withColumns(rename(f.columns(), old, newName), f.referredTable(),
                f.referredTable().equalsIgnoreCase(name) ? rename(f.referredColumns(), old, newName) : f.referredColumns()));
        indexes.replaceAll(i -> i.withColumns(rename(i.columns(), old, newName)));
        checks.replaceAll(k -> new CheckConstraint(k.name(), SqlTokens.renameColumn(k.expression(), old, quote.apply(newName))));
    }

    private void alterColumn(AlterColumn op) {
        int at = require(op.column());
        Column c = columns.get(at);
        for (ColumnChange change : op.changes()) {
            if (change instanceof ColumnChange.SetType t) {
                try {
                    c = c.withType(t.type());
                } catch (IllegalArgumentException e) {
                    throw new DialectException("Cannot change the type of " + name + "." + c.name() + ": " + e.getMessage());
                }
                Transfer tr = transfers.get(key(c.name()));
                if (tr != null) {
                    transfers.put(key(c.name()), new Transfer(tr.column(), tr.source(), tr.sourceType(), t.type()));
                }
            } else if (change instanceof ColumnChange.SetNullable n) {
                if (n.nullable() && c.identity()) {
                    throw new DialectException("Cannot make identity column " + name + "." + c.name() + " nullable");
                }
                c = c.withNullable(n.nullable());
            } else if (change instanceof ColumnChange.SetDefault d) {
                try {
                    c = c.withServerDefault(d.serverDefault());
                } catch (IllegalArgumentException e) {
                    throw new DialectException("Cannot set the default of " + name + "." + c.name() + ": " + e.getMessage());
                }
            } else {
                c = c.withComment(((ColumnChange.SetComment) change).comment());
            }
        }
        columns.set(at, c);
    }

    private void addConstraint(Constraint constraint) {
        if (constraint instanceof PrimaryKey pk) {
            if (primaryKey != null) {
                throw new DialectException("Cannot add primary key " + pk.name() + " to table " + name + ": it already has primary key "
                        + (primaryKey.name() == null ? primaryKey.columns() : primaryKey.name()) + "; drop that one first");
            }
            primaryKey = pk;
            return;
        }
        requireFreeName(constraint.name());
        if (constraint instanceof UniqueConstraint u) {
            uniques.add(u);
        } else if (constraint instanceof CheckConstraint k) {
            checks.add(k);
        } else {
            foreignKeys.add((ForeignKey) constraint);
        }
    }

    private void dropConstraint(String constraintName) {
        if (primaryKey != null && constraintName.equalsIgnoreCase(primaryKey.name())) {
            primaryKey = null;
            return;
        }
        if (uniques.removeIf(u -> constraintName.equalsIgnoreCase(u.name()))
                || checks.removeIf(k -> constraintName.equalsIgnoreCase(k.name()))
                || foreignKeys.removeIf(f -> constraintName.equalsIgnoreCase(f.name()))) {
            return;
        }
        List<String> names = table().constraints().stream().map(c -> c.name() == null ? "(unnamed " + c.kind() + ")" : c.name()).toList();
        String hint = indexes.stream().anyMatch(i -> constraintName.equalsIgnoreCase(i.name()))
                ? " (" + constraintName + " is an index: drop it with dropIndex)" : "";
        throw new DialectException("Table " + name + " has no constraint named " + constraintName + hint + "; its constraints are "
                + names);
    }

    private Index index(String indexName) {
        for (Index i : indexes) {
            if (indexName.equalsIgnoreCase(i.name())) {
                return i;
            }
        }
        String hint = table().constraint(indexName).isPresent()
                ? " (" + indexName + " is a constraint: drop it with dropConstraint)" : "";
        throw new DialectException("Table " + name + " has no index named " + indexName + hint + "; its indexes are "
                + indexes.stream().map(Index::name).toList());
    }

    private void requireFreeName(String objectName) {
        boolean taken = indexes.stream().anyMatch(i -> objectName.equalsIgnoreCase(i.name()))
                || table().constraint(objectName).isPresent();
        if (taken) {
            throw new DialectException("Table " + name + " already has an index or constraint named " + objectName);
        }
    }

    private int require(String column) {
        int at = find(column);
        if (at < 0) {
            throw new DialectException("Table " + name + " has no column named " + column + "; its columns are "
                    + columns.stream().map(Column::name).toList());
        }
        return at;
    }

    private int find(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equalsIgnoreCase(column)) {
                return i;
            }
        }
        return -1;
    }

    private static String key(String column) {
        return column.toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean containsIgnoreCase(List<String> names, String name) {
        return names.stream().anyMatch(n -> n.equalsIgnoreCase(name));
    }

    private static List<String> rename(List<String> names, String from, String to) {
        return names.stream().map(n -> n.equalsIgnoreCase(from) ? to : n).toList();
    }
}
