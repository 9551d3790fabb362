package dev.migrate.autogen;

import static dev.migrate.schema.SqlType.BIGINT;
import static dev.migrate.schema.SqlType.BOOLEAN;
import static dev.migrate.schema.SqlType.DATE;
import static dev.migrate.schema.SqlType.DOUBLE;
import static dev.migrate.schema.SqlType.INTEGER;
import static dev.migrate.schema.SqlType.NUMERIC;
import static dev.migrate.schema.SqlType.SMALLINT;
import static dev.migrate.schema.SqlType.TEXT;
import static dev.migrate.schema.SqlType.TIMESTAMP;
import static dev.migrate.schema.SqlType.VARCHAR;

import dev.migrate.schema.Index;
import dev.migrate.schema.MetaData;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.ServerDefault;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.UniqueConstraint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random declared schemas and random changes to them, for the fuzz test: tables with a BIGINT key
 * (sometimes an identity), columns of varied types, nullability, defaults and comments, indexes,
 * unique constraints, foreign keys (to other tables, to the table itself, in cycles) and a check.
 * Type changes stay between types the database can convert ({@code USING column::type}).
 */
final class RandomSchemas {

    static final List<SqlType> NUMBERS = List.of(INTEGER, BIGINT, SMALLINT, NUMERIC(10, 2), DOUBLE);
    static final List<SqlType> STRINGS = List.of(TEXT, VARCHAR(20), VARCHAR(40));
    static final List<SqlType> OTHERS = List.of(BOOLEAN, DATE, TIMESTAMP);
    static final List<ReferentialAction> ACTIONS = List.of(ReferentialAction.NO_ACTION, ReferentialAction.CASCADE,
            ReferentialAction.SET_NULL, ReferentialAction.RESTRICT);

    private final Random random;
    private final boolean comments;

    RandomSchemas(long seed, boolean comments) {
        this.random = new Random(seed);
        this.comments = comments;
    }

    /** A mutable description of a table, turned into a declared table by {@link #build}. */
    static final class TableSpec {
        String name;
        boolean identity;
        boolean check;
        String comment;
        final List<ColumnSpec> columns = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        final List<List<String>> uniques = new ArrayList<>();
        final List<ForeignKeySpec> foreignKeys = new ArrayList<>();

        TableSpec copy() {
            TableSpec t = new TableSpec();
            t.name = name;
            t.identity = identity;
            t.check = check;
            t.comment = comment;
            columns.forEach(c -> t.columns.add(c.copy()));
            t.indexes.addAll(indexes);
            t.uniques.addAll(uniques);
            foreignKeys.forEach(f -> t.foreignKeys.add(new ForeignKeySpec(f.column, f.table, f.onDelete)));
            return t;
        }

        List<String> columnNames() {
            return columns.stream().map(c -> c.name).toList();
        }
    }

    /** A column; foreign-key columns are named r0, r1... and are BIGINT. */
    static final class ColumnSpec {
        String name;
        SqlType type;
        boolean nullable;
        ServerDefault serverDefault;
        String comment;

        ColumnSpec copy() {
            ColumnSpec c = new ColumnSpec();
            c.name = name;
            c.type = type;
            c.nullable = nullable;
            c.serverDefault = serverDefault;
            c.comment = comment;
            return c;
        }
    }

    record ForeignKeySpec(String column, String table, ReferentialAction onDelete) {
    }

    /** A first schema: one to four tables. */
    List<TableSpec> first() {
        List<TableSpec> tables = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            tables.add(newTable(tables));
        }
        for (TableSpec t : tables) {
            int fks = random.nextInt(3);
            for (int i = 0; i < fks; i++) {
                addForeignKey(t, tables);
            }
        }
        return tables;
    }

    /** The schema changed at random: tables dropped and added, columns, keys and indexes changed. */
    List<TableSpec> mutate(List<TableSpec> before) {
        List<TableSpec> tables = new ArrayList<>();
        before.forEach(t -> tables.add(t.copy()));
        if (tables.size() > 1 && chance(0.2)) {
            TableSpec gone = tables.remove(random.nextInt(tables.size()));
            tables.forEach(t -> t.foreignKeys.removeIf(f -> f.table.equals(gone.name)));
        }
        List<TableSpec> added = new ArrayList<>();
        List<TableSpec> taken = new ArrayList<>(before);
        for (int i = 0; i < 2 && (i == 0 ? chance(0.3) : chance(0.3) && !added.isEmpty()); i++) {
            TableSpec t = newTable(taken);
            taken.add(t);
            added.add(t);
            tables.add(t);
        }
        for (TableSpec t : tables) {
            if (added.contains(t)) {
                int fks = random.nextInt(3);
                for (int i = 0; i < fks; i++) {
                    addForeignKey(t, tables);
                }
                continue;
            }
            mutateTable(t, tables);
        }
        return tables;
    }

    private void mutateTable(TableSpec t, List<TableSpec> tables) {
        if (chance(0.3)) {
            addColumn(t);
        }
        if (t.columns.size() > 1 && chance(0.2)) {
            ColumnSpec gone = t.columns.remove(random.nextInt(t.columns.size()));
            t.indexes.removeIf(i -> i.columns().contains(gone.name));
            t.uniques.removeIf(u -> u.contains(gone.name));
            t.foreignKeys.removeIf(f -> f.column.equals(gone.name));
        }
        for (ColumnSpec c : t.columns) {
            boolean key = t.foreignKeys.stream().anyMatch(f -> f.column.equals(c.name));
            if (!key && chance(0.15)) {
                c.type = convertible(c.type);
                c.serverDefault = chance(0.5) ? randomDefault(c.type) : null;
            }
            if (!key && chance(0.15)) {
                c.nullable = !c.nullable;
            }
            if (!key && chance(0.15)) {
                c.serverDefault = chance(0.6) ? randomDefault(c.type) : null;
            }
            if (comments && chance(0.1)) {
                c.comment = randomComment();
            }
        }
        if (chance(0.2)) {
            addIndex(t);
        }
        if (!t.indexes.isEmpty() && chance(0.2)) {
            t.indexes.remove(random.nextInt(t.indexes.size()));
        }
        if (!t.indexes.isEmpty() && chance(0.1)) {
            int i = random.nextInt(t.indexes.size());
            Index old = t.indexes.get(i);
            t.indexes.set(i, new Index(old.name(), old.columns(), !old.unique()));
        }
        if (chance(0.15)) {
            addUnique(t);
        }
        if (!t.uniques.isEmpty() && chance(0.15)) {
            t.uniques.remove(random.nextInt(t.uniques.size()));
        }
        if (chance(0.2)) {
            addForeignKey(t, tables);
        }
        if (!t.foreignKeys.isEmpty() && chance(0.2)) {
            t.foreignKeys.remove(random.nextInt(t.foreignKeys.size()));
        }
        if (!t.foreignKeys.isEmpty() && chance(0.1)) {
            int i = random.nextInt(t.foreignKeys.size());
            ForeignKeySpec f = t.foreignKeys.get(i);
            t.foreignKeys.set(i, new ForeignKeySpec(f.column, f.table, pick(ACTIONS)));
        }
        if (comments && chance(0.1)) {
            t.comment = randomComment();
        }
    }

    private TableSpec newTable(List<TableSpec> existing) {
        Set<String> used = new LinkedHashSet<>();
        existing.forEach(t -> used.add(t.name));
        TableSpec t = new TableSpec();
        do {
            t.name = "t" + random.nextInt(8);
        } while (used.contains(t.name));
        t.identity = chance(0.5);
        t.check = chance(0.3);
        t.comment = comments && chance(0.3) ? randomComment() : null;
        int columns = 1 + random.nextInt(4);
        for (int i = 0; i < columns; i++) {
            addColumn(t);
        }
        int indexes = random.nextInt(3);
        for (int i = 0; i < indexes; i++) {
            addIndex(t);
        }
        if (chance(0.3)) {
            addUnique(t);
        }
        return t;
    }

    private void addColumn(TableSpec t) {
        String name;
        int tries = 0;
        do {
            name = "c" + random.nextInt(8);
        } while (t.columnNames().contains(name) && ++tries < 20);
        if (t.columnNames().contains(name)) {
            return;
        }
        ColumnSpec c = new ColumnSpec();
        c.name = name;
        c.type = randomType();
        c.nullable = chance(0.6);
        c.serverDefault = chance(0.4) ? randomDefault(c.type) : null;
        c.comment = comments && chance(0.2) ? randomComment() : null;
        t.columns.add(c);
    }

    private void addIndex(TableSpec t) {
        List<String> columns = someColumns(t);
        if (columns.isEmpty() || t.indexes.stream().anyMatch(i -> i.columns().equals(columns))) {
            return;
        }
        t.indexes.add(new Index(null, columns, chance(0.3)));
    }

    private void addUnique(TableSpec t) {
        List<String> columns = someColumns(t);
        if (!columns.isEmpty() && !t.uniques.contains(columns)) {
            t.uniques.add(columns);
        }
    }

    private void addForeignKey(TableSpec t, List<TableSpec> tables) {
        String column = null;
        for (int i = 0; i < 3 && column == null; i++) {
            String candidate = "r" + i;
            if (!t.columnNames().contains(candidate)) {
                column = candidate;
            }
        }
        if (column == null) {
            return;
        }
        ColumnSpec c = new ColumnSpec();
        c.name = column;
        c.type = BIGINT;
        c.nullable = true;
        t.columns.add(c);
        t.foreignKeys.add(new ForeignKeySpec(column, pick(tables).name, pick(ACTIONS)));
    }

    private List<String> someColumns(TableSpec t) {
        List<String> names = new ArrayList<>(t.columnNames());
        if (names.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        out.add(names.remove(random.nextInt(names.size())));
        if (!names.isEmpty() && chance(0.4)) {
            out.add(names.remove(random.nextInt(names.size())));
        }
        return out;
    }

    private SqlType randomType() {
        double r = random.nextDouble();
        return r < 0.45 ? pick(NUMBERS) : r < 0.8 ? pick(STRINGS) : pick(OTHERS);
    }

    /** Another type the database converts {@code type} to. */
    private SqlType convertible(SqlType type) {
        List<SqlType> targets = new ArrayList<>();
        if (NUMBERS.contains(type)) {
            targets.addAll(NUMBERS);
            targets.addAll(STRINGS);
        } else if (STRINGS.contains(type)) {
            targets.addAll(NUMBERS);
            targets.addAll(STRINGS);
            targets.addAll(OTHERS);
        } else {
            targets.addAll(STRINGS);
            if (type == DATE) {
                targets.add(TIMESTAMP);
            } else if (type == TIMESTAMP) {
                targets.add(DATE);
            }
        }
        targets.remove(type);
        return pick(targets);
    }

    private ServerDefault randomDefault(SqlType type) {
        if (type.equals(NUMERIC(10, 2))) {
            return ServerDefault.value(pick(List.of(new BigDecimal("1.50"), BigDecimal.ZERO, new BigDecimal("-2.25"))));
        }
        if (type == DOUBLE) {
            return ServerDefault.value(pick(List.of(1.5, 0.25, -3.0)));
        }
        if (NUMBERS.contains(type)) {
            return ServerDefault.value(pick(List.of(0, 1, -1, 42)));
        }
        if (STRINGS.contains(type)) {
            return ServerDefault.value(pick(List.of("a", "xyz", "", "it's")));
        }
        if (type == BOOLEAN) {
            return ServerDefault.value(random.nextBoolean());
        }
        if (type == DATE) {
            return ServerDefault.value(LocalDate.of(2024, 1 + random.nextInt(12), 2));
        }
        return ServerDefault.sql("CURRENT_TIMESTAMP");
    }

    private String randomComment() {
        return chance(0.2) ? null : pick(List.of("Kept for the app", "It's shown", "Note"));
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** The declared schema of {@code tables}. */
    static MetaData build(List<TableSpec> tables) {
        MetaData.Builder b = MetaData.builder();
        for (TableSpec t : tables) {
            b.table(t.name, tb -> {
                tb.column("id", BIGINT, c -> {
                    c.primaryKey();
                    if (t.identity) {
                        c.identity();
                    }
                });
                for (ColumnSpec c : t.columns) {
                    tb.column(c.name, c.type, o -> {
                        if (!c.nullable) {
                            o.notNull();
                        }
                        if (c.serverDefault instanceof ServerDefault.Value v) {
                            o.defaultValue(v.value());
                        } else if (c.serverDefault instanceof ServerDefault.Expression e) {
                            o.defaultSql(e.sql());
                        }
                        if (c.comment != null) {
                            o.comment(c.comment);
                        }
                    });
                }
                t.indexes.forEach(tb::index);
                t.uniques.forEach(u -> tb.constraint(new UniqueConstraint(null, u)));
                t.foreignKeys.forEach(f -> tb.constraint(dev.migrate.schema.ForeignKey.of(f.column, f.table, "id").onDelete(f.onDelete)));
                if (t.check) {
                    tb.check("positive", "id > 0");
                }
                if (t.comment != null) {
                    tb.comment(t.comment);
                }
            });
        }
        return b.build();
    }
}
