package dev.migrate.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDBC helpers against a real SQLite file. */
class JdbcTest {

    @TempDir
    Path dir;

    Connection connection;
    Jdbc jdbc;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("test.db"));
        jdbc = Jdbc.on(connection);
        jdbc.execute("create the table", SqlStatement.of("CREATE TABLE devices (id INTEGER PRIMARY KEY, name TEXT)"));
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void updatesAndQueries() {
        assertThat(jdbc.update("add a device", "INSERT INTO devices VALUES (?, ?)", 1, "lamp")).isEqualTo(1);
        assertThat(jdbc.update("add a device", "INSERT INTO devices VALUES (?, ?)", 2, "fan")).isEqualTo(1);
        assertThat(jdbc.query("list devices", "SELECT name FROM devices WHERE id > ? ORDER BY id",
                (rs, row) -> row + ":" + rs.getString(1), 0)).containsExactly("0:lamp", "1:fan");
        assertThat(jdbc.queryOptional("find a device", "SELECT name FROM devices WHERE id = ?",
                (rs, row) -> rs.getString(1), 2)).contains("fan");
        assertThat(jdbc.queryOptional("find a device", "SELECT name FROM devices WHERE id = ?",
                (rs, row) -> rs.getString(1), 3)).isEmpty();
        assertThatThrownBy(() -> jdbc.queryOptional("find a device", "SELECT name FROM devices",
                (rs, row) -> rs.getString(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Could not find a device: expected at most one row, got 2\n  SQL: SELECT name FROM devices");
    }

    @Test
    void transactionCommitsWhenTheCallbackReturns() throws SQLException {
        int count = jdbc.inTransaction("add devices", c -> {
            Jdbc.on(c).update("add", "INSERT INTO devices VALUES (1, 'a')");
            return Jdbc.on(c).update("add", "INSERT INTO devices VALUES (2, 'b')");
        });
        assertThat(count).isEqualTo(1);
        assertThat(connection.getAutoCommit()).isTrue();
        assertThat(countDevices()).isEqualTo(2);
    }

    @Test
    void transactionRollsBackWhenTheCallbackFails() throws SQLException {
        assertThatThrownBy(() -> jdbc.inTransaction("add devices", c -> {
            Jdbc.on(c).update("add the first device", "INSERT INTO devices VALUES (1, 'a')");
            return Jdbc.on(c).update("add the second device", "INSERT INTO devices VALUES (1, 'b')");
        })).isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("Could not add the second device: [SQLITE_CONSTRAINT_PRIMARYKEY]")
                .hasMessageEndingWith("\n  SQL: INSERT INTO devices VALUES (1, 'b')");
        assertThat(connection.getAutoCommit()).isTrue();
        assertThat(countDevices()).isZero();
    }

    @Test
    void transactionRollsBackOnASqlExceptionFromTheCallbackItself() {
        assertThatThrownBy(() -> jdbc.inTransaction("add devices", c -> {
            Jdbc.on(c).update("add", "INSERT INTO devices VALUES (1, 'a')");
            throw new SQLException("gave up", "XX001");
        })).isInstanceOf(DatabaseException.class).hasMessage("Could not add devices: gave up [SQLState XX001]");
        assertThat(countDevices()).isZero();
    }

    @Test
    void driverFailuresNameTheTaskTheFileTheLineAndTheSql() {
        SqlStatement bad = new SqlStatement("ALTER TABLE nowhere ADD COLUMN x INT", 12, "db/migrations/3f2a_x.sql");
        assertThatThrownBy(() -> jdbc.execute("upgrade to 3f2a", bad))
                .isInstanceOfSatisfying(DatabaseException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Could not upgrade to 3f2a: " + e.driverMessage()
                            + "\n  at db/migrations/3f2a_x.sql, line 12\n  SQL: ALTER TABLE nowhere ADD COLUMN x INT");
                    assertThat(e.driverMessage()).contains("no such table: nowhere");
                    assertThat(e.task()).isEqualTo("upgrade to 3f2a");
                    assertThat(e.where()).isEqualTo("db/migrations/3f2a_x.sql, line 12");
                    assertThat(e.sql()).isEqualTo("ALTER TABLE nowhere ADD COLUMN x INT");
                    assertThat(e.getCause()).isInstanceOf(SQLException.class);
                });
    }

    @Test
    void withConnectionOpensAndClosesAConnection() {
        org.sqlite.SQLiteDataSource ds = new org.sqlite.SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + dir.resolve("other.db"));
        Connection[] seen = new Connection[1];
        int one = Jdbc.withConnection(ds, "check", c -> {
            seen[0] = c;
            return Jdbc.on(c).query("select", "SELECT 1", (rs, row) -> rs.getInt(1)).get(0);
        });
        assertThat(one).isEqualTo(1);
        assertThat(Jdbc.on(seen[0]).execute("look", Connection::isClosed)).isTrue();
    }

    private int countDevices() {
        return jdbc.query("count", "SELECT count(*) FROM devices", (rs, row) -> rs.getInt(1)).get(0);
    }
}
