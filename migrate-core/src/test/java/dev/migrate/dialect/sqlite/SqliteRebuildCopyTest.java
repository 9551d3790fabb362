package dev.migrate.dialect.sqlite;

import static dev.migrate.schema.SqlType.VARCHAR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.dialect.Catalog;
import dev.migrate.dialect.Dialect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the rebuild copies the rows: for a change that leaves every column in place (here a type
 * change within the same affinity), SQLite's
 * transfer optimization moves whole records (the plan of the copy moves cells, {@code RowCell} or
 * {@code RowData} with the pre-update hook, instead of reading columns), also when the
 * old table was written by hand as {@code id INTEGER PRIMARY KEY} without {@code NOT NULL}.
 */
class SqliteRebuildCopyTest {

    @TempDir
    Path dir;

    final Dialect sqlite = Dialect.forName("sqlite");
    Connection connection;
    Catalog db;
    /** The opcodes of the plan of each {@code INSERT ... SELECT} the rebuild ran, taken just before it ran. */
    final List<List<String>> copyPlans = new ArrayList<>();

    @AfterEach
    void close() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }

    void open(String createTable) throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("copy.db"));
        db = new Catalog(connection);
        try (Statement s = connection.createStatement()) {
            s.execute(createTable);
            s.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)"
                    + " INSERT INTO t (id, name, amount) SELECT i, 'name ' || i, i / 4.0 FROM n");
        }
        connection.setAutoCommit(false);
    }

    void run(LiveOps.Body body) throws Exception {
        new LiveOps(sqlite, connection, (statement, sql) -> {
            if (sql.startsWith("INSERT INTO _migrate_tmp_")) {
                copyPlans.add(opcodes(statement, sql));
            }
        }).run(body);
    }

    static List<String> opcodes(Statement s, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("EXPLAIN " + sql)) {
            while (rs.next()) {
                out.add(rs.getString("opcode"));
            }
        }
        return out;
    }

    String content() throws SQLException {
        return db.rows("SELECT count(*), sum(id), sum(length(name)), sum(amount) FROM t").toString();
    }

    @Test
    void aHandWrittenIntegerPrimaryKeyTableIsCopiedRecordByRecord() throws Exception {
        open("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL, amount REAL)");
        String before = content();

        run(op -> op.alterColumn("t", "name", c -> c.type(VARCHAR(40))));

        assertThat(copyPlans).hasSize(1);
        assertThat(copyPlans.get(0)).containsAnyOf("RowCell", "RowData").doesNotContain("Column", "MakeRecord");
        assertThat(content()).isEqualTo(before);
        assertThat(db.value("SELECT type FROM pragma_table_info('t') WHERE name = 'name'")).isEqualTo("VARCHAR(40)");
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO t (id, name) VALUES (NULL, 'new')");
        }
        assertThat(db.value("SELECT id FROM t WHERE name = 'new'")).isEqualTo(1001);
    }

    @Test
    void anAutoincrementTableIsCopiedRecordByRecordAndKeepsItsCounter() throws Exception {
        open("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, amount REAL)");
        try (Statement s = connection.createStatement()) {
            s.execute("DELETE FROM t WHERE id > 990");
        }
        String before = content();

        run(op -> op.alterColumn("t", "name", c -> c.type(VARCHAR(40))));

        assertThat(copyPlans.get(0)).containsAnyOf("RowCell", "RowData");
        assertThat(content()).isEqualTo(before);
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO t (name) VALUES ('next')");
        }
        assertThat(db.value("SELECT id FROM t WHERE name = 'next'")).isEqualTo(1001);
    }

    @Test
    void aTableMigrateCreatedWithNotNullOnItsKeyIsCopiedRecordByRecordToo() throws Exception {
        open("CREATE TABLE t (id INTEGER NOT NULL, name TEXT NOT NULL, amount REAL, PRIMARY KEY (id))");
        String before = content();

        run(op -> op.alterColumn("t", "name", c -> c.type(VARCHAR(40))));

        assertThat(copyPlans.get(0)).containsAnyOf("RowCell", "RowData");
        assertThat(content()).isEqualTo(before);
    }
}
