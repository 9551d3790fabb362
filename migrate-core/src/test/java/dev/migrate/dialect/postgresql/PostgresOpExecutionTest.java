package dev.migrate.dialect.postgresql;

import dev.migrate.dialect.OpExecutionContract;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Every op on a fresh PostgreSQL database. */
class PostgresOpExecutionTest extends OpExecutionContract {

    private TestDatabase database;

    @Override
    protected Connection open() throws SQLException {
        database = TestPostgres.createDatabase();
        return database.connect();
    }

    @Override
    protected void dispose() {
        database.close();
    }

    @Override
    protected String declaredType(String table, String column) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a"
                + " JOIN pg_class c ON c.oid = a.attrelid WHERE c.relname = ? AND a.attname = ?")) {
            ps.setString(1, table);
            ps.setString(2, column);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    @Override
    protected String expect(String sqlite, String postgresql) {
        return postgresql;
    }
}
