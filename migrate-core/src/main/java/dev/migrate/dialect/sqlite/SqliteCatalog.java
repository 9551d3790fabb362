package dev.migrate.dialect.sqlite;

import dev.migrate.dialect.SchemaInventory;
import dev.migrate.dialect.SqlTokens;
import dev.migrate.dialect.TableLookup;
import dev.migrate.dialect.sqlite.SqliteSchemaParser.ParsedConstraint;
import dev.migrate.dialect.sqlite.SqliteSchemaParser.ParsedTable;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnLists;
import dev.migrate.schema.Constraint;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads SQLite tables from a live database into the schema model: columns (type, nullability,
 * default, primary-key order, AUTOINCREMENT, collation, generated expression), primary key,
 * unique constraints, check constraints (from the {@code CREATE TABLE} text), foreign keys with
 * their actions and names, indexes; plus the triggers, the views that name the table, and the
 * indexes the model cannot describe, as SQL. From {@code sqlite_schema} and the pragmas
 * {@code table_xinfo}, {@code index_list}, {@code index_xinfo} and {@code foreign_key_list}.
 *
 * <p>Also the live lookup of the SQLite dialect ({@link TableLookup}) and its inventory
 * ({@link SchemaInventory}). Names compare ignoring case, as in SQLite.
 */
public final class SqliteCatalog implements TableLookup, SchemaInventory {

    private final Connection connection;

    public SqliteCatalog(Connection connection) {
        this.connection = connection;
    }

    /** The user tables, in creation order (SQLite's own {@code sqlite_} tables left out). */
    public List<String> tableNames() throws SQLException {
        return strings("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                + " ORDER BY rowid");
    }

    /** The whole table called {@code table} (ignoring case), or empty when there is none. */
    public Optional<SqliteTable> describe(String table) throws SQLException {
        List<String[]> found = rows("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name = ? COLLATE NOCASE", 2, table);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String name = found.get(0)[0];
        String sql = found.get(0)[1];
        ParsedTable parsed = SqliteSchemaParser.parseCreateTable(sql);

        List<String[]> info = rows("SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?) ORDER BY cid", 6, name);
        SqliteColumns read = SqliteColumns.of(info, parsed);
        PrimaryKey pk = read.primaryKey();
        List<Column> columns = read.columns();

        List<UniqueConstraint> uniques = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        List<SqliteTable.Attached> otherIndexes = new ArrayList<>();
        for (String[] ix : rows("SELECT name, \"unique\", origin, partial FROM pragma_index_list(?) ORDER BY seq DESC", 4, name)) {
            if ("pk".equals(ix[2])) {
                continue;
            }
            List<String[]> keys = rows("SELECT cid, name, \"desc\", coll FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno", 4, ix[0]);
            List<String> names = keys.stream().map(k -> k[1]).toList();
            if ("u".equals(ix[2])) {
                uniques.add(new UniqueConstraint(SqliteColumns.constraintName(parsed, "UNIQUE", names), names));
            } else if (SqliteColumns.plainIndex(keys, parsed, "1".equals(ix[3]))) {
                indexes.add(new Index(ix[0], names, "1".equals(ix[1])));
            } else {
                otherIndexes.add(new SqliteTable.Attached("index", ix[0], schemaSql("index", ix[0])));
            }
        }

        List<CheckConstraint> checks = new ArrayList<>();
        for (ParsedConstraint c : parsed.constraints()) {
            if (c.kind().equals("CHECK")) {
                checks.add(new CheckConstraint(c.name(), c.expression()));
            }
        }
        List<ForeignKey> foreignKeys = foreignKeys(name, parsed);

        List<SqliteTable.Attached> triggers = new ArrayList<>();
        for (String[] r : rows("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ? COLLATE NOCASE ORDER BY rowid", 2, name)) {
            triggers.add(new SqliteTable.Attached("trigger", r[0], r[1]));
        }
        List<SqliteTable.Attached> views = new ArrayList<>();
        for (String[] r : rows("SELECT name, sql FROM sqlite_schema WHERE type = 'view' ORDER BY rowid", 2)) {
            if (SqlTokens.tokenize(r[1]).stream().anyMatch(t -> t.isName() && t.name().equalsIgnoreCase(name))) {
                views.add(new SqliteTable.Attached("view", r[0], r[1]));
            }
        }
        Table t = new Table(name, columns, pk, uniques, checks, foreignKeys, indexes, null);
        return Optional.of(new SqliteTable(t, sql, parsed.options(), triggers, views, otherIndexes));
    }

    private List<ForeignKey> foreignKeys(String table, ParsedTable parsed) throws SQLException {
        Map<Integer, List<String[]>> byId = new TreeMap<>();
        for (String[] r : rows("SELECT id, \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list(?)"
                + " ORDER BY id, seq", 6, table)) {
            byId.computeIfAbsent(Integer.parseInt(r[0]), k -> new ArrayList<>()).add(r);
        }
        List<ParsedConstraint> declared = parsed.constraints().stream().filter(c -> c.kind().equals("FOREIGN KEY")).toList();
        List<ForeignKey> out = new ArrayList<>();
        // pragma_foreign_key_list numbers the keys from the last declared; list them in declaration order
        List<List<String[]>> groups = new ArrayList<>(byId.values());
        Collections.reverse(groups);
        for (List<String[]> g : groups) {
            String referred = g.get(0)[1];
            List<String> from = g.stream().map(r -> r[2]).toList();
            List<String> to = g.stream().map(r -> r[3]).toList();
            if (to.contains(null)) {
                to = primaryKeyOf(referred, from);
            }
            ParsedConstraint match = declared.stream()
                    .filter(c -> ColumnLists.same(c.columns(), from) && c.referredTable().equalsIgnoreCase(referred))
                    .findFirst().orElse(null);
            out.add(new ForeignKey(match == null ? null : match.name(), from, referred, to,
                    ReferentialAction.fromSql(g.get(0)[5]), ReferentialAction.fromSql(g.get(0)[4]), match != null && match.deferred()));
        }
        return out;
    }

    /** The primary-key columns of {@code table}, for a foreign key that refers to it without naming them. */
    private List<String> primaryKeyOf(String table, List<String> fallback) throws SQLException {
        List<String> pk = strings("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk", table);
        return pk.size() == fallback.size() ? pk : fallback;
    }

    private String schemaSql(String type, String name) throws SQLException {
        List<String> sql = strings("SELECT sql FROM sqlite_schema WHERE type = ? AND name = ?", type, name);
        return sql.isEmpty() ? null : sql.get(0);
    }

    // ---------------------------------------------------------------- TableLookup

    @Override
    public Optional<Table> table(String table) throws SQLException {
        return describe(table).map(SqliteTable::table);
    }

    @Override
    public Set<String> referencingTables(String table) throws SQLException {
        Set<String> out = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        out.addAll(strings("SELECT DISTINCT m.name FROM sqlite_schema m JOIN pragma_foreign_key_list(m.name) f"
                + " WHERE m.type = 'table' AND f.\"table\" = ? COLLATE NOCASE", table));
        return out;
    }

    // ---------------------------------------------------------------- SchemaInventory

    @Override
    public Set<String> tables() throws SQLException {
        Set<String> out = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        out.addAll(tableNames());
        return out;
    }

    @Override
    public Set<String> indexes(String table) throws SQLException {
        Set<String> out = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        out.addAll(strings("SELECT name FROM pragma_index_list(?)", table));
        return out;
    }

    @Override
    public Set<String> constraints(String table) throws SQLException {
        Set<String> out = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Constraint c : table(table).map(Table::constraints).orElse(List.of())) {
            if (c.name() != null) {
                out.add(c.name());
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- connection state

    /** Whether {@code PRAGMA foreign_keys} is on for this connection. */
    public boolean foreignKeysEnabled() throws SQLException {
        return "1".equals(strings("PRAGMA foreign_keys").get(0));
    }

    /** Whether {@code PRAGMA legacy_alter_table} is on for this connection. */
    public boolean legacyAlterTable() throws SQLException {
        return "1".equals(strings("PRAGMA legacy_alter_table").get(0));
    }

    /**
     * Whether SQLite is inside a transaction on this connection: JDBC auto-commit off, or a
     * transaction begun with SQL ({@code BEGIN IMMEDIATE}) while auto-commit is on. The second is
     * found by trying {@code BEGIN}, which SQLite refuses inside a transaction (and which is rolled
     * back at once when it succeeds).
     */
    public boolean inTransaction() throws SQLException {
        if (!connection.getAutoCommit()) {
            return true;
        }
        try (Statement s = connection.createStatement()) {
            try {
                s.execute("BEGIN");
            } catch (SQLException insideATransaction) {
                return true;
            }
            s.execute("ROLLBACK");
            return false;
        }
    }

    /** The SQLite library version, for example {@code 3.53.2}. */
    public String version() throws SQLException {
        return strings("SELECT sqlite_version()").get(0);
    }

    // ---------------------------------------------------------------- JDBC

    private List<String> strings(String sql, String... parameters) throws SQLException {
        return rows(sql, 1, parameters).stream().map(r -> r[0]).toList();
    }

    private List<String[]> rows(String sql, int width, String... parameters) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String[] row = new String[width];
                    for (int c = 0; c < width; c++) {
                        row[c] = rs.getString(c + 1);
                    }
                    out.add(row);
                }
            }
        }
        return out;
    }
}
