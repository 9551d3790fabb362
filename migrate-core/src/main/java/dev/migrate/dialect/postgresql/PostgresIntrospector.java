package dev.migrate.dialect.postgresql;

import dev.migrate.jdbc.Jdbc;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.Computed;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.ServerDefault;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the tables of one PostgreSQL schema into the declared-schema model: columns (type,
 * nullability, default, identity, generated expression, collation, comment), primary keys, unique
 * and check constraints, foreign keys with their actions, indexes and comments.
 *
 * <p>It runs five catalog queries whatever the number of tables (the schema name, tables, columns,
 * constraints, indexes), never one per table. Indexes the model cannot describe (on expressions,
 * partial, with {@code INCLUDE} columns, not b-tree, or with a non-default sort order) are left out
 * and logged at debug level. A {@code serial} column reads as an identity column. Partitions are
 * left out; their partitioned table is read.
 */
public final class PostgresIntrospector {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresIntrospector.class);
    private static final Pattern SERIAL_DEFAULT = Pattern.compile("nextval\\('.*'::regclass\\)");

    private static final String IN_SCHEMA = " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND NOT c.relispartition";

    private static final String TABLES = "SELECT c.oid, c.relname, d.description FROM pg_catalog.pg_class c"
            + " LEFT JOIN pg_catalog.pg_description d ON d.objoid = c.oid"
            + " AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = 0"
            + IN_SCHEMA + " ORDER BY c.relname";

    private static final String COLUMNS = "SELECT a.attrelid, a.attnum, a.attname,"
            + " pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull,"
            + " pg_catalog.pg_get_expr(ad.adbin, ad.adrelid), a.attidentity, a.attgenerated,"
            + " CASE WHEN a.attcollation <> t.typcollation THEN co.collname END, d.description"
            + " FROM pg_catalog.pg_attribute a"
            + " JOIN pg_catalog.pg_class c ON c.oid = a.attrelid"
            + " JOIN pg_catalog.pg_type t ON t.oid = a.atttypid"
            + " LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum"
            + " LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation"
            + " LEFT JOIN pg_catalog.pg_description d ON d.objoid = a.attrelid"
            + " AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = a.attnum"
            + IN_SCHEMA + " AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attrelid, a.attnum";

    private static final String CONSTRAINTS = "SELECT k.conrelid, k.conname, k.contype, k.conkey,"
            + " k.confdeltype, k.confupdtype, fn.nspname, fc.relname,"
            + " ARRAY(SELECT fa.attname FROM unnest(k.confkey) WITH ORDINALITY AS u(num, pos)"
            + " JOIN pg_catalog.pg_attribute fa ON fa.attrelid = k.confrelid AND fa.attnum = u.num ORDER BY u.pos),"
            + " pg_catalog.pg_get_expr(k.conbin, k.conrelid), k.condeferrable AND k.condeferred"
            + " FROM pg_catalog.pg_constraint k"
            + " JOIN pg_catalog.pg_class c ON c.oid = k.conrelid"
            + " LEFT JOIN pg_catalog.pg_class fc ON fc.oid = k.confrelid"
            + " LEFT JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace"
            + IN_SCHEMA + " AND k.contype IN ('p', 'u', 'f', 'c') ORDER BY k.conrelid, k.conname";

    private static final String INDEXES = "SELECT i.indrelid, ic.relname, i.indisunique, i.indkey::int2[],"
            + " i.indnkeyatts, i.indnatts, i.indexprs IS NOT NULL OR i.indpred IS NOT NULL,"
            + " am.amname, i.indoption::int2[]"
            + " FROM pg_catalog.pg_index i"
            + " JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid"
            + " JOIN pg_catalog.pg_am am ON am.oid = ic.relam"
            + " JOIN pg_catalog.pg_class c ON c.oid = i.indrelid"
            + IN_SCHEMA + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k WHERE k.conindid = i.indexrelid"
            + " AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x')) ORDER BY i.indrelid, ic.relname";

    private final String schema;

    /**
     * @param schema the schema to read, or {@code null} for the connection's current schema
     */
    public PostgresIntrospector(String schema) {
        this.schema = schema;
    }

    /** The tables of the schema, by name. */
    public List<Table> tables(Connection connection) {
        Jdbc jdbc = Jdbc.on(connection);
        String nsp = schema != null ? schema
                : jdbc.query("read the current schema", "SELECT current_schema()", (rs, row) -> rs.getString(1))
                        .stream().findFirst().orElse(null);
        if (nsp == null) {
            throw new IllegalStateException("Could not read the database schema: the connection has no current schema"
                    + " (its search_path names no existing schema). Set the schema in the configuration or fix search_path");
        }
        Map<Long, TableRow> tables = new LinkedHashMap<>();
        jdbc.query("read the tables of schema " + nsp, TABLES, (rs, row) -> {
            TableRow t = new TableRow(rs.getString(2), rs.getString(3));
            tables.put(rs.getLong(1), t);
            return t;
        }, nsp);
        jdbc.query("read the columns of schema " + nsp, COLUMNS, (rs, row) -> {
            TableRow t = tables.get(rs.getLong(1));
            if (t != null) {
                t.add(rs.getInt(2), column(rs));
            }
            return null;
        }, nsp);
        jdbc.query("read the constraints of schema " + nsp, CONSTRAINTS, (rs, row) -> {
            TableRow t = tables.get(rs.getLong(1));
            if (t != null) {
                constraint(t, rs, nsp);
            }
            return null;
        }, nsp);
        jdbc.query("read the indexes of schema " + nsp, INDEXES, (rs, row) -> {
            TableRow t = tables.get(rs.getLong(1));
            if (t != null) {
                index(t, rs);
            }
            return null;
        }, nsp);
        List<Table> out = new ArrayList<>(tables.size());
        for (TableRow t : tables.values()) {
            if (t.columns.isEmpty()) {
                LOG.debug("Table {}.{} has no columns and is left out", nsp, t.name);
                continue;
            }
            out.add(t.build(nsp));
        }
        return out;
    }

    private static Column column(ResultSet rs) throws SQLException {
        String name = rs.getString(3);
        SqlType type = PostgresTypes.parse(rs.getString(4));
        boolean nullable = !rs.getBoolean(5);
        String expression = rs.getString(6);
        String identityKind = rs.getString(7);
        String generated = rs.getString(8);
        boolean identity = identityKind != null && !identityKind.isEmpty();
        Computed computed = null;
        ServerDefault serverDefault = null;
        if (generated != null && !generated.isEmpty() && expression != null) {
            computed = new Computed(expression, true);
        } else if (expression != null && !identity) {
            if (type.isInteger() && SERIAL_DEFAULT.matcher(expression).matches()) {
                identity = true;
            } else {
                serverDefault = ServerDefault.sql(expression);
            }
        }
        return new Column(name, type, nullable, serverDefault, identity, computed, rs.getString(9), rs.getString(10));
    }

    private static void constraint(TableRow t, ResultSet rs, String nsp) throws SQLException {
        String name = rs.getString(2);
        String kind = rs.getString(3);
        List<String> columns = t.columnNames(rs.getArray(4));
        switch (kind) {
            case "p" -> t.primaryKey = new PrimaryKey(name, columns);
            case "u" -> t.uniques.add(new UniqueConstraint(name, columns));
            case "c" -> t.checks.add(new CheckConstraint(name, unwrap(rs.getString(10))));
            default -> {
                String referredSchema = rs.getString(7);
                String referred = rs.getString(8);
                String referredTable = nsp.equals(referredSchema) ? referred : referredSchema + "." + referred;
                List<String> referredColumns = strings(rs.getArray(9));
                t.foreignKeys.add(new ForeignKey(name, columns, referredTable, referredColumns, action(rs.getString(5)),
                        action(rs.getString(6)), rs.getBoolean(11)));
            }
        }
    }

    private static void index(TableRow t, ResultSet rs) throws SQLException {
        String name = rs.getString(2);
        short[] keys = shorts(rs.getArray(4));
        int keyCount = rs.getInt(5);
        boolean special = rs.getBoolean(7) || rs.getInt(6) != keyCount || !"btree".equals(rs.getString(8));
        for (short option : shorts(rs.getArray(9))) {
            special |= option != 0;
        }
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < keyCount && !special; i++) {
            String column = t.columnsByNumber.get((int) keys[i]);
            if (column == null) {
                special = true;
            } else {
                columns.add(column);
            }
        }
        if (special) {
            LOG.debug("Index {} on table {} is on expressions, partial, not b-tree or sorted; it is left out", name, t.name);
            return;
        }
        t.indexes.add(new Index(name, columns, rs.getBoolean(3)));
    }

    /** The expression of a check constraint without the parentheses {@code pg_get_expr} puts around it. */
    static String unwrap(String expression) {
        String e = expression.strip();
        while (e.startsWith("(") && e.endsWith(")") && balanced(e.substring(1, e.length() - 1))) {
            e = e.substring(1, e.length() - 1).strip();
        }
        return e;
    }

    private static boolean balanced(String text) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    private static ReferentialAction action(String code) {
        return switch (code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private static short[] shorts(Array array) throws SQLException {
        if (array == null) {
            return new short[0];
        }
        Object[] values = (Object[]) array.getArray();
        short[] out = new short[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = ((Number) values[i]).shortValue();
        }
        return out;
    }

    private static List<String> strings(Array array) throws SQLException {
        List<String> out = new ArrayList<>();
        if (array != null) {
            for (Object o : (Object[]) array.getArray()) {
                out.add((String) o);
            }
        }
        return out;
    }

    /** One table while its rows come in. */
    private static final class TableRow {
        final String name;
        final String comment;
        final List<Column> columns = new ArrayList<>();
        final Map<Integer, String> columnsByNumber = new HashMap<>();
        PrimaryKey primaryKey;
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();

        TableRow(String name, String comment) {
            this.name = name;
            this.comment = comment;
        }

        void add(int number, Column column) {
            columns.add(column);
            columnsByNumber.put(number, column.name());
        }

        List<String> columnNames(Array numbers) throws SQLException {
            List<String> out = new ArrayList<>();
            for (short n : shorts(numbers)) {
                out.add(columnsByNumber.get((int) n));
            }
            return out;
        }

        Table build(String nsp) {
            try {
                return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("Could not read table " + nsp + "." + name + " from the database: "
                        + e.getMessage() + ". Migrate cannot describe this table; exclude it from autogenerate", e);
            }
        }
    }
}
