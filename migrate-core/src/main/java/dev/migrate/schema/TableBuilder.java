package dev.migrate.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Declares a table's columns, constraints and indexes; see {@link MetaData#builder()}. */
public final class TableBuilder {

    private final String name;
    private final List<Column> columns = new ArrayList<>();
    private final List<String> columnPrimaryKey = new ArrayList<>();
    private PrimaryKey primaryKey;
    private final List<UniqueConstraint> uniques = new ArrayList<>();
    private final List<CheckConstraint> checks = new ArrayList<>();
    private final List<String> checkShortNames = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private String comment;

    TableBuilder(String name) {
        this.name = Names.require("a table", name);
    }

    /** A nullable column of {@code type}. */
    public TableBuilder column(String columnName, SqlType type) {
        return column(columnName, type, c -> { });
    }

    /** A column with options: {@code t.column("id", BIGINT, c -> c.primaryKey().identity())}. */
    public TableBuilder column(String columnName, SqlType type, Consumer<TableColumnBuilder> options) {
        TableColumnBuilder b = new TableColumnBuilder();
        options.accept(b);
        columns.add(b.build(columnName, type));
        if (b.primaryKey) {
            columnPrimaryKey.add(columnName);
        }
        if (b.unique) {
            uniques.add(new UniqueConstraint(null, List.of(columnName)));
        }
        if (b.index) {
            indexes.add(new Index(null, List.of(columnName), false));
        }
        if (b.referredTable != null) {
            foreignKeys.add(ForeignKey.of(columnName, b.referredTable, b.referredColumn).onDelete(b.onDelete));
        }
        return this;
    }

    /** A column defined elsewhere. */
    public TableBuilder column(Column column) {
        columns.add(column);
        return this;
    }

    /** The primary key over {@code keyColumns}, in key order. */
    public TableBuilder primaryKey(String... keyColumns) {
        return constraint(PrimaryKey.of(keyColumns));
    }

    /** A unique constraint over {@code uniqueColumns}. */
    public TableBuilder unique(String... uniqueColumns) {
        return constraint(UniqueConstraint.of(uniqueColumns));
    }

    /** A check constraint; {@code shortName} fills {@code %(constraint_name)} of the naming convention. */
    public TableBuilder check(String shortName, String expression) {
        checks.add(new CheckConstraint(null, expression));
        checkShortNames.add(Names.require("a check constraint on table " + name, shortName));
        return this;
    }

    /** A single-column foreign key from {@code column} to {@code referredTable.referredColumn}. */
    public TableBuilder foreignKey(String column, String referredTable, String referredColumn) {
        return constraint(ForeignKey.of(column, referredTable, referredColumn));
    }

    /** A constraint given whole; a {@code null} name is filled by the naming convention (a check constraint's name is kept as given). */
    public TableBuilder constraint(Constraint constraint) {
        if (constraint instanceof PrimaryKey pk) {
            if (primaryKey != null) {
                throw new IllegalArgumentException("table " + name + " declares two primary keys");
            }
            primaryKey = pk;
        } else if (constraint instanceof UniqueConstraint uq) {
            uniques.add(uq);
        } else if (constraint instanceof ForeignKey fk) {
            foreignKeys.add(fk);
        } else {
            CheckConstraint ck = (CheckConstraint) constraint;
            if (ck.name() == null) {
                throw new IllegalArgumentException("check constraint (" + ck.expression() + ") on table " + name + " needs a name");
            }
            checks.add(ck);
            checkShortNames.add(null);
        }
        return this;
    }

    /** An index over {@code indexColumns}. */
    public TableBuilder index(String... indexColumns) {
        return index(new Index(null, Arrays.asList(indexColumns), false));
    }

    /** A unique index over {@code indexColumns}. */
    public TableBuilder uniqueIndex(String... indexColumns) {
        return index(new Index(null, Arrays.asList(indexColumns), true));
    }

    /** An index given whole; a {@code null} name is filled by the naming convention. */
    public TableBuilder index(Index index) {
        indexes.add(index);
        return this;
    }

    /** The table comment (PostgreSQL; SQLite has no comments). */
    public TableBuilder comment(String text) {
        comment = text;
        return this;
    }

    Table build(NamingConvention naming) {
        PrimaryKey pk = primaryKey;
        if (!columnPrimaryKey.isEmpty()) {
            if (pk != null) {
                throw new IllegalArgumentException("table " + name + " declares primaryKey() on columns " + columnPrimaryKey
                        + " and also a table primary key " + pk.columns() + "; declare it once");
            }
            pk = new PrimaryKey(null, columnPrimaryKey);
        }
        List<CheckConstraint> namedChecks = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            String shortName = checkShortNames.get(i);
            namedChecks.add(shortName == null ? checks.get(i) : checks.get(i).named(naming.checkName(name, shortName)));
        }
        return new Table(name, columns, pk, uniques, namedChecks, foreignKeys, indexes, comment).named(naming);
    }
}
