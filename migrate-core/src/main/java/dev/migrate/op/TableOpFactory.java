package dev.migrate.op;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.Constraint;
import dev.migrate.schema.Index;
import dev.migrate.schema.NamingConvention;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.UniqueConstraint;
import java.util.Arrays;
import java.util.function.Consumer;

/** Builds table ops with names filled in by the naming convention; shared by {@link Ops} and {@link BatchOps}. */
final class TableOpFactory {

    private final NamingConvention naming;

    TableOpFactory(NamingConvention naming) {
        this.naming = naming;
    }

    NamingConvention naming() {
        return naming;
    }

    AlterColumn alterColumn(String table, String column, Consumer<AlterColumnBuilder> changes) {
        AlterColumnBuilder b = new AlterColumnBuilder();
        changes.accept(b);
        return b.build(table, column);
    }

    CreateIndex createIndex(String table, Index index) {
        return new CreateIndex(table, naming.apply(table, index));
    }

    DropIndex dropIndex(String table, Index existing) {
        Index named = naming.apply(table, existing);
        return new DropIndex(table, named.name(), named);
    }

    AddConstraint addConstraint(String table, Constraint constraint) {
        return new AddConstraint(table, naming.apply(table, constraint));
    }

    AddConstraint primaryKey(String table, String... columns) {
        return addConstraint(table, PrimaryKey.of(columns));
    }

    AddConstraint unique(String table, String... columns) {
        return addConstraint(table, UniqueConstraint.of(columns));
    }

    AddConstraint check(String table, String shortName, String expression) {
        return new AddConstraint(table, new CheckConstraint(naming.checkName(table, shortName), expression));
    }

    DropConstraint dropConstraint(String table, Constraint existing) {
        Constraint named = naming.apply(table, existing);
        return new DropConstraint(table, named.name(), named);
    }

    static DropColumn dropColumn(String table, Column existing) {
        return new DropColumn(table, existing.name(), existing);
    }

    static Index index(String... columns) {
        return new Index(null, Arrays.asList(columns), false);
    }
}
