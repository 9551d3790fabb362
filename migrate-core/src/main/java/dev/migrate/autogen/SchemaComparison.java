package dev.migrate.autogen;

import dev.migrate.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares a declared schema with the tables read from a database, one comparator per concern:
 * tables, columns, nullability, types, server defaults, comments, indexes, unique constraints and
 * foreign keys. Tables the options leave out are not compared on either side.
 */
final class SchemaComparison {

    private static final TablesComparator TABLES = new TablesComparator();
    private static final CommentComparator COMMENTS = new CommentComparator();
    private static final List<TableComparator> TABLE_COMPARATORS = List.of(
            new ColumnsComparator(),
            new ColumnDetailsComparator(List.of(new TypeComparator(), new NullableComparator(),
                    new ServerDefaultComparator(), COMMENTS)),
            new IndexComparator(),
            new UniqueComparator(),
            new ForeignKeyComparator(),
            COMMENTS);

    private SchemaComparison() {
    }

    static SchemaDiff compare(List<Table> declared, List<Table> live, DialectRules rules, CompareOptions options) {
        List<Table> d = declared.stream().filter(t -> options.compares(t.name())).toList();
        List<Table> l = live.stream().filter(t -> options.compares(t.name())).toList();
        ComparisonContext context = new ComparisonContext(rules, options);
        TABLES.compare(d, l, context);
        for (Table table : d) {
            Table liveTable = Names.find(l, Table::name, table.name()).orElse(null);
            if (liveTable != null) {
                for (TableComparator c : TABLE_COMPARATORS) {
                    c.compare(table, liveTable, context);
                }
            }
        }
        List<Difference> differences = new ArrayList<>(context.differences());
        Planner.Plan plan = new Planner(rules).plan(differences);
        return new SchemaDiff(differences, plan.upgrade(), plan.downgrade(), RenameNotes.of(differences, rules));
    }
}
