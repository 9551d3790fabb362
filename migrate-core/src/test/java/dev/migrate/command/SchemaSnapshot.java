package dev.migrate.command;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The schema of a database as JDBC metadata describes it: tables and views, columns, indexes. */
final class SchemaSnapshot {

    private SchemaSnapshot() {
    }

    /** Table name to a description of its columns and indexes; Migrate's own tables included. */
    static Map<String, List<String>> of(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String schema = c.getSchema();
        Map<String, List<String>> tables = new TreeMap<>();
        try (ResultSet rs = md.getTables(null, schema, "%", new String[] {"TABLE", "VIEW"})) {
            while (rs.next()) {
                tables.put(rs.getString("TABLE_NAME"), new ArrayList<>(List.of("type " + rs.getString("TABLE_TYPE"))));
            }
        }
        for (Map.Entry<String, List<String>> t : tables.entrySet()) {
            try (ResultSet rs = md.getColumns(null, schema, t.getKey(), "%")) {
                while (rs.next()) {
                    t.getValue().add("column " + rs.getInt("ORDINAL_POSITION") + " " + rs.getString("COLUMN_NAME")
                            + " " + rs.getString("TYPE_NAME") + "(" + rs.getInt("COLUMN_SIZE") + ") nullable="
                            + rs.getInt("NULLABLE"));
                }
            }
            if (t.getValue().get(0).equals("type TABLE")) {
                List<String> indexes = new ArrayList<>();
                try (ResultSet rs = md.getIndexInfo(null, schema, t.getKey(), false, false)) {
                    while (rs.next()) {
                        if (rs.getString("INDEX_NAME") != null) {
                            indexes.add("index " + rs.getString("INDEX_NAME") + " " + rs.getString("COLUMN_NAME")
                                    + " unique=" + !rs.getBoolean("NON_UNIQUE"));
                        }
                    }
                }
                indexes.sort(null);
                t.getValue().addAll(indexes);
            }
        }
        return tables;
    }
}
