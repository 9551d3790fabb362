package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a database's schema back through JDBC {@link DatabaseMetaData}, independently of the
 * dialects' own introspection, for execution tests.
 */
public final class Catalog {

    /** A column as the driver reports it. */
    public record Col(String name, String type, int size, boolean nullable, String remarks) {
    }

    /** An index as the driver reports it. */
    public record Idx(List<String> columns, boolean unique) {
    }

    /** A foreign key as the driver reports it. */
    public record Fk(String name, List<String> columns, String referredTable, List<String> referredColumns, int deleteRule,
            int updateRule) {
    }

    private final Connection connection;

    public Catalog(Connection connection) {
        this.connection = connection;
    }

    private DatabaseMetaData md() throws SQLException {
        return connection.getMetaData();
    }

    public List<String> tables() throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = md().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                if (schema == null || schema.equals("public")) {
                    out.add(rs.getString("TABLE_NAME"));
                }
            }
        }
        return out;
    }

    public String tableRemarks(String table) throws SQLException {
        try (ResultSet rs = md().getTables(null, null, table, new String[] {"TABLE"})) {
            return rs.next() ? rs.getString("REMARKS") : null;
        }
    }

    public List<Col> columns(String table) throws SQLException {
        List<Col> out = new ArrayList<>();
        try (ResultSet rs = md().getColumns(null, null, table, "%")) {
            while (rs.next()) {
                out.add(new Col(rs.getString("COLUMN_NAME"), rs.getString("TYPE_NAME"), rs.getInt("COLUMN_SIZE"),
                        "YES".equals(rs.getString("IS_NULLABLE")), rs.getString("REMARKS")));
            }
        }
        return out;
    }

    public Col column(String table, String column) throws SQLException {
        return columns(table).stream().filter(c -> c.name().equals(column)).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + column + " in " + table));
    }

    public List<String> columnNames(String table) throws SQLException {
        return columns(table).stream().map(Col::name).toList();
    }

    public List<String> primaryKey(String table) throws SQLException {
        Map<Integer, String> cols = new TreeMap<>();
        try (ResultSet rs = md().getPrimaryKeys(null, null, table)) {
            while (rs.next()) {
                cols.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return List.copyOf(cols.values());
    }

    public String primaryKeyName(String table) throws SQLException {
        try (ResultSet rs = md().getPrimaryKeys(null, null, table)) {
            return rs.next() ? rs.getString("PK_NAME") : null;
        }
    }

    /** Indexes by name, their columns in order; names starting with {@code sqlite_autoindex} included. */
    public Map<String, Idx> indexes(String table) throws SQLException {
        Map<String, Map<Integer, String>> cols = new TreeMap<>();
        Map<String, Boolean> unique = new TreeMap<>();
        try (ResultSet rs = md().getIndexInfo(null, null, table, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name == null) {
                    continue;
                }
                cols.computeIfAbsent(name, k -> new TreeMap<>()).put(rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME"));
                unique.put(name, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        Map<String, Idx> out = new LinkedHashMap<>();
        cols.forEach((k, v) -> out.put(k, new Idx(List.copyOf(v.values()), unique.get(k))));
        return out;
    }

    public List<Fk> foreignKeys(String table) throws SQLException {
        Map<String, List<String[]>> byKey = new LinkedHashMap<>();
        try (ResultSet rs = md().getImportedKeys(null, null, table)) {
            while (rs.next()) {
                String key = rs.getString("FK_NAME") + "/" + rs.getString("PKTABLE_NAME");
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new String[] {rs.getString("FK_NAME"),
                        rs.getString("FKCOLUMN_NAME"), rs.getString("PKTABLE_NAME"), rs.getString("PKCOLUMN_NAME"),
                        rs.getString("DELETE_RULE"), rs.getString("UPDATE_RULE")});
            }
        }
        List<Fk> out = new ArrayList<>();
        for (List<String[]> rows : byKey.values()) {
            String[] first = rows.get(0);
            out.add(new Fk(first[0], rows.stream().map(r -> r[1]).toList(), first[2], rows.stream().map(r -> r[3]).toList(),
                    Integer.parseInt(first[4]), Integer.parseInt(first[5])));
        }
        return out;
    }

    /** The rows of a query, each as a list of values. */
    public List<List<Object>> rows(String sql) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getObject(i));
                }
                out.add(row);
            }
        }
        return out;
    }

    public Object value(String sql) throws SQLException {
        List<List<Object>> rows = rows(sql);
        return rows.isEmpty() ? null : rows.get(0).get(0);
    }

    public void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
