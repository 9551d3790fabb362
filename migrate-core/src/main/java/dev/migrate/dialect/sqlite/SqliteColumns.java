package dev.migrate.dialect.sqlite;

import dev.migrate.dialect.sqlite.SqliteSchemaParser.ParsedColumn;
import dev.migrate.dialect.sqlite.SqliteSchemaParser.ParsedConstraint;
import dev.migrate.dialect.sqlite.SqliteSchemaParser.ParsedTable;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnLists;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.ServerDefault;
import dev.migrate.schema.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The columns and primary key of one SQLite table, from its {@code pragma_table_xinfo} rows and its parsed
 * {@code CREATE TABLE}: what the pragma cannot tell (autoincrement, computed columns, collations, constraint names)
 * comes from the parsed text. Shared, with the helpers below (constraint names, plain indexes), by the catalog that
 * rebuilds tables and the introspector of autogenerate, which read the same pragmas one table at a time and in bulk.
 *
 * @param primaryKey the primary key, or {@code null} when the table has none
 * @param columns    the columns, in order, without hidden ones
 */
record SqliteColumns(PrimaryKey primaryKey, List<Column> columns) {

    /**
     * @param info   rows of {@code name, type, notnull, dflt_value, pk, hidden}, in column order
     * @param parsed the table's parsed {@code CREATE TABLE}
     */
    static SqliteColumns of(List<String[]> info, ParsedTable parsed) {
        Map<Integer, String> keyColumns = new TreeMap<>();
        for (String[] r : info) {
            if (Integer.parseInt(r[4]) > 0) {
                keyColumns.put(Integer.parseInt(r[4]), r[0]);
            }
        }
        List<String> keys = List.copyOf(keyColumns.values());
        PrimaryKey pk = keys.isEmpty() ? null : new PrimaryKey(constraintName(parsed, "PRIMARY KEY", keys), keys);
        boolean rowidAlias = keys.size() == 1;
        List<Column> columns = new ArrayList<>();
        for (String[] r : info) {
            if ("1".equals(r[5])) {
                continue;
            }
            ParsedColumn pc = parsed.column(r[0]);
            SqlType type = SqliteTypes.parse(r[1]);
            boolean alias = rowidAlias && keys.contains(r[0]) && r[1].equalsIgnoreCase("INTEGER");
            boolean identity = pc != null && pc.autoincrement();
            boolean nullable = "0".equals(r[2]) && !alias && !identity;
            ServerDefault dflt = pc != null && pc.computed() != null ? null : SqliteDefaults.parse(r[3]);
            if (identity) {
                type = SqlType.INTEGER;
            }
            columns.add(new Column(r[0], type, nullable, dflt, identity, pc == null ? null : pc.computed(),
                    pc == null ? null : pc.collation(), null));
        }
        return new SqliteColumns(pk, List.copyOf(columns));
    }

    /** The name the {@code CREATE TABLE} gives the {@code kind} constraint on {@code columns}, or {@code null}. */
    static String constraintName(ParsedTable parsed, String kind, List<String> columns) {
        return parsed.constraints().stream().filter(c -> c.kind().equals(kind) && ColumnLists.same(c.columns(), columns))
                .map(ParsedConstraint::name).filter(n -> n != null).findFirst().orElse(null);
    }

    /**
     * Whether an index is plain columns, ascending, each with the column's own collation, and no WHERE.
     *
     * @param keys    rows of {@code cid, name, desc, coll} of its key columns ({@code pragma_index_xinfo}, key part)
     * @param parsed  the table's parsed {@code CREATE TABLE}
     * @param partial whether the index has a WHERE clause
     */
    static boolean plainIndex(List<String[]> keys, ParsedTable parsed, boolean partial) {
        if (partial) {
            return false;
        }
        for (String[] k : keys) {
            if (Integer.parseInt(k[0]) < 0 || "1".equals(k[2])) {
                return false;
            }
            ParsedColumn pc = parsed.column(k[1]);
            String own = pc == null || pc.collation() == null ? "BINARY" : pc.collation();
            if (!own.equalsIgnoreCase(k[3])) {
                return false;
            }
        }
        return true;
    }
}
