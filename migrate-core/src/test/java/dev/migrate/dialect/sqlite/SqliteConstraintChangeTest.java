package dev.migrate.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.dialect.Catalog;
import dev.migrate.dialect.Dialect;
import dev.migrate.schema.CheckConstraint;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Check constraints and NOT NULL added and dropped in place on SQLite 3.53+ (no rebuild), on a real
 * file: a row that violates the new constraint fails the step with an error naming the table, the
 * constraint and the row, and leaves table and rows as they were.
 */
class SqliteConstraintChangeTest {

    @TempDir
    Path dir;

    final Dialect sqlite = Dialect.forName("sqlite");
    final List<String> executed = new ArrayList<>();
    Connection connection;
    Catalog db;

    @AfterEach
    void close() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }

    void open(boolean transaction) throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("constraints.db"));
        db = new Catalog(connection);
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, amount REAL, note TEXT, CONSTRAINT ck_t_id CHECK (id > 0))");
            s.execute("CREATE INDEX ix_t_note ON t (note)");
            s.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)"
                    + " INSERT INTO t SELECT i, i / 2.0, 'note ' || i FROM n");
        }
        connection.setAutoCommit(!transaction);
    }

    void run(LiveOps.Body body) throws Exception {
        new LiveOps(sqlite, connection, (statement, sql) -> executed.add(sql)).run(body);
    }

    String content() throws SQLException {
        return db.rows("SELECT count(*), sum(id), sum(amount), sum(length(note)), count(note) FROM t").toString();
    }

    Object tableSql() throws SQLException {
        return db.value("SELECT sql FROM sqlite_schema WHERE name = 't'");
    }

    void assertUnchanged(Object sql, String content) throws SQLException {
        assertThat(tableSql()).isEqualTo(sql);
        assertThat(content()).isEqualTo(content);
        assertThat(db.rows("SELECT name FROM sqlite_schema WHERE name LIKE '%migrate%'")).isEmpty();
        assertThat(db.rows("SELECT name FROM sqlite_temp_schema")).isEmpty();
        assertThat(db.rows("SELECT name FROM sqlite_schema WHERE type = 'index'")).containsExactly(List.of("ix_t_note"));
    }

    @Test
    void aCheckThatARowViolatesFailsNamingTableConstraintAndRow() throws Exception {
        open(true);
        db.execute("UPDATE t SET amount = -1 WHERE id = 4321");
        connection.commit();
        Object sql = tableSql();
        String content = content();

        assertThatThrownBy(() -> run(op -> op.addConstraint("t", CheckConstraint.of("ck_t_amount", "amount >= 0"))))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Cannot add check constraint ck_t_amount (amount >= 0) to table t: row 4321 (rowid)"
                        + " violates it. Fix or delete the rows that do before this change;"
                        + " SELECT rowid, * FROM t WHERE NOT (amount >= 0) lists them");

        assertUnchanged(sql, content);
        assertThat(executed).noneMatch(s -> s.contains("_migrate_tmp_"));
    }

    @Test
    void notNullOnAColumnWithANullFailsNamingTableColumnAndRow() throws Exception {
        open(true);
        db.execute("UPDATE t SET note = NULL WHERE id = 77");
        connection.commit();
        Object sql = tableSql();
        String content = content();

        assertThatThrownBy(() -> run(op -> op.alterColumn("t", "note", c -> c.notNull())))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Cannot make column note of table t NOT NULL: row 77 (rowid) holds NULL in it."
                        + " Give those rows a value before this change; SELECT rowid, * FROM t WHERE note IS NULL lists them");

        assertUnchanged(sql, content);
    }

    @Test
    void inAutoCommitModeAFailureLeavesNothingBehindAndTheRetryWorks() throws Exception {
        open(false);
        db.execute("UPDATE t SET note = NULL WHERE id = 77");
        Object sql = tableSql();
        String content = content();

        assertThatThrownBy(() -> run(op -> op.alterColumn("t", "note", c -> c.notNull())))
                .isInstanceOf(SQLException.class).hasMessageContaining("row 77 (rowid) holds NULL");
        assertThat(tableSql()).isEqualTo(sql);
        assertThat(content()).isEqualTo(content);

        db.execute("UPDATE t SET note = 'filled' WHERE id = 77");
        run(op -> op.alterColumn("t", "note", c -> c.notNull()));
        assertThat(db.value("SELECT \"notnull\" FROM pragma_table_info('t') WHERE name = 'note'")).isEqualTo(1);
        assertThat(db.rows("SELECT name FROM sqlite_temp_schema")).isEmpty();
    }

    @Test
    void addsAndDropsChecksAndNotNullInPlaceAndTheyHold() throws Exception {
        open(true);
        String content = content();

        run(op -> {
            op.addConstraint("t", CheckConstraint.of("ck_t_amount", "amount >= 0"));
            op.alterColumn("t", "amount", c -> c.notNull());
        });

        assertThat(executed).noneMatch(s -> s.contains("_migrate_tmp_"))
                .contains("ALTER TABLE t ADD CONSTRAINT ck_t_amount CHECK (amount >= 0)", "ALTER TABLE t ALTER COLUMN amount SET NOT NULL");
        assertThat(content()).isEqualTo(content);
        assertThatThrownBy(() -> db.execute("INSERT INTO t (amount) VALUES (-5)")).hasMessageContaining("ck_t_amount");
        assertThatThrownBy(() -> db.execute("INSERT INTO t (note) VALUES ('x')")).hasMessageContaining("NOT NULL constraint failed: t.amount");

        run(op -> {
            op.dropConstraint("t", "ck_t_amount");
            op.dropConstraint("t", "ck_t_id");
            op.alterColumn("t", "amount", c -> c.nullable());
        });

        assertThat(executed).noneMatch(s -> s.contains("_migrate_tmp_"));
        db.execute("INSERT INTO t (id, amount) VALUES (-3, NULL)");
        connection.commit();
        assertThat(db.value("SELECT count(*) FROM t WHERE id = -3")).isEqualTo(1);
        assertThat(db.rows("SELECT name FROM sqlite_schema WHERE type = 'index'")).containsExactly(List.of("ix_t_note"));
    }

    @Test
    void comparesVersions() {
        int[] first = {3, 53, 0};
        assertThat(SqliteConstraintChanges.atLeast("3.53.0", first)).isTrue();
        assertThat(SqliteConstraintChanges.atLeast("3.53.2", first)).isTrue();
        assertThat(SqliteConstraintChanges.atLeast("3.100.0", first)).isTrue();
        assertThat(SqliteConstraintChanges.atLeast("4.0.0", first)).isTrue();
        assertThat(SqliteConstraintChanges.atLeast("3.52.9", first)).isFalse();
        assertThat(SqliteConstraintChanges.atLeast("3.46.1", first)).isFalse();
    }
}
