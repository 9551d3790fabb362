package dev.migrate.dialect.sqlite;

import dev.migrate.dialect.sqlite.SqliteSchemaParser.ParsedConstraint;
import dev.migrate.dialect.sqlite.SqliteSchemaParser.ParsedTable;
import dev.migrate.jdbc.Jdbc;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnLists;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads every table of a SQLite database into the schema model, as {@link SqliteCatalog#describe}
 * reads one, but in four queries for the whole database whatever the number of tables:
 * {@code sqlite_schema}, and {@code pragma_table_xinfo}, {@code pragma_index_list} with
 * {@code pragma_index_xinfo}, and {@code pragma_foreign_key_list} joined to it. Constraint names,
 * checks, collations, generated expressions and AUTOINCREMENT come from the {@code CREATE TABLE}
 * text. Indexes the model cannot describe (on expressions, partial, descending, with another
 * collation) are left out.
 */
public final class SqliteIntrospector {

    private static final String USER_TABLES = " FROM sqlite_schema m WHERE m.type = 'table'"
            + " AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";

    private static final String TABLES = "SELECT m.name, m.sql" + USER_TABLES + " ORDER BY m.rowid";

    private static final String COLUMNS = "SELECT m.name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk, p.hidden"
            + " FROM sqlite_schema m JOIN pragma_table_xinfo(m.name) p WHERE m.type = 'table'"
            + " AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY m.rowid, p.cid";

    private static final String INDEXES = "SELECT m.name, il.name, il.\"unique\", il.origin, il.partial,"
            + " ii.cid, ii.name, ii.\"desc\", ii.coll"
            + " FROM sqlite_schema m JOIN pragma_index_list(m.name) il JOIN pragma_index_xinfo(il.name) ii"
            + " WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND ii.key = 1"
            + " ORDER BY m.rowid, il.seq DESC, ii.seqno";

    private static final String FOREIGN_KEYS = "SELECT m.name, f.id, f.\"table\", f.\"from\", f.\"to\", f.on_update,"
            + " f.on_delete FROM sqlite_schema m JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table'"
            + " AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY m.rowid, f.id DESC, f.seq";

    private SqliteIntrospector() {
    }

    /** The user tables (SQLite's own {@code sqlite_} tables left out), in creation order. */
    public static List<Table> tables(Connection connection) {
        Jdbc jdbc = Jdbc.on(connection);
        Map<String, TableRows> tables = new LinkedHashMap<>();
        jdbc.query("read the tables of the SQLite database", TABLES, (rs, row) -> {
            String name = rs.getString(1);
            return tables.put(key(name), new TableRows(name, SqliteSchemaParser.parseCreateTable(rs.getString(2))));
        });
        jdbc.query("read the columns of the SQLite tables", COLUMNS, (rs, row) -> {
            tables.get(key(rs.getString(1))).columns.add(new String[] {rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7)});
            return null;
        });
        jdbc.query("read the indexes of the SQLite tables", INDEXES, (rs, row) -> {
            tables.get(key(rs.getString(1))).index(rs);
            return null;
        });
        jdbc.query("read the foreign keys of the SQLite tables", FOREIGN_KEYS, (rs, row) -> {
            tables.get(key(rs.getString(1))).foreignKeys.computeIfAbsent(rs.getInt(2), k -> new ArrayList<>())
                    .add(new String[] {rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)});
            return null;
        });
        List<Table> out = new ArrayList<>();
        for (TableRows t : tables.values()) {
            out.add(t.build(tables));
        }
        return out;
    }

    /**
     * Whether SQLite stores values of the two declared types alike: whether they have the same type
     * affinity (sqlite.org/datatype3.html). SQLite enforces nothing else of a declared type.
     */
    public static boolean sameAffinity(String declared, String other) {
        return SqliteTypes.affinity(declared) == SqliteTypes.affinity(other);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The rows of one table while they come in. */
    private static final class TableRows {
        final String name;
        final ParsedTable parsed;
        final List<String[]> columns = new ArrayList<>();
        final Map<String, IndexRows> indexes = new LinkedHashMap<>();
        final Map<Integer, List<String[]>> foreignKeys = new LinkedHashMap<>();

        TableRows(String name, ParsedTable parsed) {
            this.name = name;
            this.parsed = parsed;
        }

        void index(ResultSet rs) throws SQLException {
            IndexRows ix = indexes.computeIfAbsent(rs.getString(2), n -> new IndexRows());
            ix.unique = "1".equals(rs.getString(3));
            ix.origin = rs.getString(4);
            ix.partial = "1".equals(rs.getString(5));
            ix.keys.add(new String[] {rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)});
        }

        Table build(Map<String, TableRows> all) {
            SqliteColumns read = SqliteColumns.of(columns, parsed);
            PrimaryKey pk = read.primaryKey();
            List<Column> cols = read.columns();
            List<UniqueConstraint> uniques = new ArrayList<>();
            List<Index> plainIndexes = new ArrayList<>();
            for (Map.Entry<String, IndexRows> e : indexes.entrySet()) {
                IndexRows ix = e.getValue();
                List<String> names = ix.keys.stream().map(k -> k[1]).toList();
                if ("pk".equals(ix.origin)) {
                    continue;
                }
                if ("u".equals(ix.origin)) {
                    uniques.add(new UniqueConstraint(SqliteColumns.constraintName(parsed, "UNIQUE", names), names));
                } else if (ix.plain(parsed)) {
                    plainIndexes.add(new Index(e.getKey(), names, ix.unique));
                }
            }
            List<CheckConstraint> checks = new ArrayList<>();
            for (ParsedConstraint c : parsed.constraints()) {
                if (c.kind().equals("CHECK")) {
                    checks.add(new CheckConstraint(c.name(), c.expression()));
                }
            }
            return new Table(name, cols, pk, uniques, checks, foreignKeys(all), plainIndexes, null);
        }

        private List<ForeignKey> foreignKeys(Map<String, TableRows> all) {
            List<ParsedConstraint> declared = parsed.constraints().stream().filter(c -> c.kind().equals("FOREIGN KEY")).toList();
            List<ForeignKey> out = new ArrayList<>();
            for (List<String[]> g : foreignKeys.values()) {
                String referred = g.get(0)[0];
                List<String> from = g.stream().map(r -> r[1]).toList();
                List<String> to = g.stream().map(r -> r[2]).toList();
                if (to.contains(null)) {
                    TableRows target = all.get(key(referred));
                    List<String> pk = target == null ? List.of() : target.primaryKeyColumns();
                    to = pk.size() == from.size() ? pk : from;
                }
                ParsedConstraint match = declared.stream()
                        .filter(c -> ColumnLists.same(c.columns(), from) && c.referredTable().equalsIgnoreCase(referred))
                        .findFirst().orElse(null);
                out.add(new ForeignKey(match == null ? null : match.name(), from, referred, to,
                        ReferentialAction.fromSql(g.get(0)[4]), ReferentialAction.fromSql(g.get(0)[3]),
                        match != null && match.deferred()));
            }
            return out;
        }

        List<String> primaryKeyColumns() {
            Map<Integer, String> keys = new TreeMap<>();
            for (String[] r : columns) {
                if (Integer.parseInt(r[4]) > 0) {
                    keys.put(Integer.parseInt(r[4]), r[0]);
                }
            }
            return List.copyOf(keys.values());
        }
    }

    /** The key columns of one index. */
    private static final class IndexRows {
        boolean unique;
        String origin;
        boolean partial;
        final List<String[]> keys = new ArrayList<>();

        /** Plain columns, ascending, each with its own collation, and no WHERE. */
        boolean plain(ParsedTable parsed) {
            return SqliteColumns.plainIndex(keys, parsed, partial);
        }
    }
}
