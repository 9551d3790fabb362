package dev.migrate.dialect.postgresql;

import dev.migrate.dialect.SchemaInventory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;

/** Names of tables, indexes and constraints in the connection's current schema, from the PostgreSQL catalog. */
final class PostgresInventory implements SchemaInventory {

    private final Connection connection;

    PostgresInventory(Connection connection) {
        this.connection = connection;
    }

    @Override
    public Set<String> tables() throws SQLException {
        return names("SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY c.relname", null);
    }

    @Override
    public Set<String> indexes(String table) throws SQLException {
        return names("SELECT indexname FROM pg_catalog.pg_indexes WHERE schemaname = current_schema() AND tablename = ?"
                + " ORDER BY indexname", table);
    }

    @Override
    public Set<String> constraints(String table) throws SQLException {
        return names("SELECT k.conname FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_class c ON c.oid = k.conrelid"
                + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = current_schema() AND c.relname = ? ORDER BY k.conname", table);
    }

    private Set<String> names(String sql, String parameter) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            if (parameter != null) {
                ps.setString(1, parameter);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
