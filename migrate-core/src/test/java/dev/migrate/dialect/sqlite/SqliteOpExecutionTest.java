package dev.migrate.dialect.sqlite;

import dev.migrate.dialect.OpExecutionContract;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;

/** Every op on a SQLite file (foreign keys off, SQLite's default). */
class SqliteOpExecutionTest extends OpExecutionContract {

    @TempDir
    Path dir;

    @Override
    protected Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("ops.db"));
    }

    @Override
    protected String declaredType(String table, String column) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT type FROM pragma_table_info(?) WHERE name = ?")) {
            ps.setString(1, table);
            ps.setString(2, column);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** sqlite-jdbc reports only table-level primary key names; a column-level one is read from the table's SQL. */
    @Override
    protected String primaryKeyName(String table) throws SQLException {
        String sql = (String) db.value("SELECT sql FROM sqlite_schema WHERE name = '" + table + "'");
        Matcher m = Pattern.compile("CONSTRAINT\\s+(\\S+)\\s+PRIMARY KEY").matcher(sql);
        return m.find() ? m.group(1) : null;
    }

    @Override
    protected String expect(String sqlite, String postgresql) {
        return sqlite;
    }
}
