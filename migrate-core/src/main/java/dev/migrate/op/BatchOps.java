package dev.migrate.op;

import dev.migrate.schema.Column;
import dev.migrate.schema.Constraint;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The changes of one {@link Ops#batch batch} on one table; the same methods as {@link Ops}
 * without the table argument. Calls chain:
 * {@code op.batch("devices", b -> b.alterColumn("name", c -> c.type(TEXT)).dropColumn("legacy"))}.
 */
public final class BatchOps {

    private final String table;
    private final TableOpFactory factory;
    private final List<TableOp> ops = new ArrayList<>();

    BatchOps(String table, TableOpFactory factory) {
        this.table = table;
        this.factory = factory;
    }

    List<TableOp> ops() {
        return ops;
    }

    private BatchOps push(TableOp op) {
        ops.add(op);
        return this;
    }

    /** Adds a column at the end of the table. */
    public BatchOps addColumn(Column column) {
        return push(new AddColumn(table, column));
    }

    /** Drops a column by name. */
    public BatchOps dropColumn(String column) {
        return push(new DropColumn(table, column, null));
    }

    /** Drops a column, remembering its definition so the op can be reversed. */
    public BatchOps dropColumn(Column existing) {
        return push(TableOpFactory.dropColumn(table, existing));
    }

    /** Renames a column. */
    public BatchOps renameColumn(String column, String newName) {
        return push(new RenameColumn(table, column, newName));
    }

    /** Changes a column's type, nullability, default or comment. */
    public BatchOps alterColumn(String column, Consumer<AlterColumnBuilder> changes) {
        return push(factory.alterColumn(table, column, changes));
    }

    /** Creates an index over {@code columns}, named by the naming convention. */
    public BatchOps createIndex(String... columns) {
        return createIndex(TableOpFactory.index(columns));
    }

    /** Creates an index; a {@code null} name is filled by the naming convention. */
    public BatchOps createIndex(Index index) {
        return push(factory.createIndex(table, index));
    }

    /** Drops an index by name. */
    public BatchOps dropIndex(String name) {
        return push(new DropIndex(table, name, null));
    }

    /** Creates the primary key over {@code columns}. */
    public BatchOps createPrimaryKey(String... columns) {
        return push(factory.primaryKey(table, columns));
    }

    /** Creates a unique constraint over {@code columns}. */
    public BatchOps createUniqueConstraint(String... columns) {
        return push(factory.unique(table, columns));
    }

    /** Creates a foreign key. */
    public BatchOps createForeignKey(ForeignKey foreignKey) {
        return push(factory.addConstraint(table, foreignKey));
    }

    /** Creates a check constraint; {@code shortName} fills the naming convention's {@code %(constraint_name)}. */
    public BatchOps createCheckConstraint(String shortName, String expression) {
        return push(factory.check(table, shortName, expression));
    }

    /** Adds any constraint; a {@code null} name is filled by the naming convention. */
    public BatchOps addConstraint(Constraint constraint) {
        return push(factory.addConstraint(table, constraint));
    }

    /** Drops a constraint by name. */
    public BatchOps dropConstraint(String name) {
        return push(new DropConstraint(table, name, null));
    }

    /** Drops a constraint given whole (named by the convention when unnamed), so the op can be reversed. */
    public BatchOps dropConstraint(Constraint existing) {
        return push(factory.dropConstraint(table, existing));
    }

    /** Sets the table comment. */
    public BatchOps setTableComment(String comment) {
        return push(new SetTableComment(table, comment, null));
    }

    /** Any table op on this table. */
    public BatchOps add(MigrationOp op) {
        if (!(op instanceof TableOp tableOp)) {
            throw new IllegalArgumentException("a batch on table " + table + " holds only changes to that table, not '"
                    + op.description() + "'");
        }
        return push(tableOp);
    }
}
