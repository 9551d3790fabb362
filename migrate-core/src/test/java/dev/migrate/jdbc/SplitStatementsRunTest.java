package dev.migrate.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statements split from tricky scripts run on the real databases, one by one. */
class SplitStatementsRunTest {

    static final String SQLITE = """
            -- a table whose name and data hold semicolons and dashes
            CREATE TABLE "odd;name" (id INTEGER PRIMARY KEY, note TEXT, hits INTEGER DEFAULT 0);
            /* a comment; /* nested */ still the comment; */
            INSERT INTO "odd;name" (id, note) VALUES (1, 'it''s; -- fine /* really */');
            CREATE TABLE log (id INTEGER, what TEXT);
            CREATE TRIGGER bump AFTER UPDATE OF note ON "odd;name"
            BEGIN
              INSERT INTO log VALUES (NEW.id, 'noted; ' || NEW.note);
              UPDATE "odd;name" SET hits = CASE WHEN hits IS NULL THEN 1 ELSE hits + 1 END WHERE id = NEW.id;
            END;
            UPDATE "odd;name" SET note = 'changed;' WHERE id = 1;
            """;

    static final String POSTGRESQL = """
            CREATE TABLE devices (id INT PRIMARY KEY, note TEXT, updated INT DEFAULT 0);
            CREATE FUNCTION bump() RETURNS trigger AS $$
            BEGIN
              NEW.updated := OLD.updated + 1; -- count; each change
              RETURN NEW;
            END;
            $$ LANGUAGE plpgsql;
            CREATE TRIGGER devices_bump BEFORE UPDATE ON devices FOR EACH ROW EXECUTE FUNCTION bump();
            CREATE FUNCTION greet(who text) RETURNS text AS $fn$ SELECT 'hi; ' || who || $$!$$ $fn$ LANGUAGE sql;
            CREATE FUNCTION twice(a int) RETURNS int LANGUAGE sql
            BEGIN ATOMIC
              SELECT CASE WHEN a IS NULL THEN 0 ELSE a * 2 END;
            END;
            /* outer /* nested; */ comment; */
            INSERT INTO devices (id, note) VALUES (1, E'it\\'s; a \\\\ test'), (2, 'plain -- not a comment');
            UPDATE devices SET note = note || ';' WHERE id = 1;
            CREATE TABLE audit (id INT, what TEXT);
            CREATE RULE audit_delete AS ON DELETE TO devices DO ALSO (
              INSERT INTO audit VALUES (OLD.id, 'deleted;');
              INSERT INTO audit VALUES (OLD.id, 'twice');
            );
            DELETE FROM devices WHERE id = 2;
            """;

    @TempDir
    Path dir;

    @Test
    void runsOnSqlite() throws Exception {
        List<SqlStatement> statements = SqlSplitter.split(SQLITE, 1, "sqlite.sql");
        assertThat(statements).extracting(SqlStatement::line).containsExactly(2, 4, 5, 6, 11);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("split.db"))) {
            Jdbc jdbc = Jdbc.on(c);
            statements.forEach(st -> jdbc.execute("run the script", st));
            assertThat(jdbc.query("read", "SELECT note || '|' || hits FROM \"odd;name\"", (rs, r) -> rs.getString(1)))
                    .containsExactly("changed;|1");
            assertThat(jdbc.query("read", "SELECT what FROM log", (rs, r) -> rs.getString(1)))
                    .containsExactly("noted; changed;");
        }
    }

    @Test
    void runsOnPostgresql() throws Exception {
        List<SqlStatement> statements = SqlSplitter.split(POSTGRESQL, 1, "postgresql.sql");
        assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 2, 8, 9, 10, 15, 16, 17, 18, 22);
        try (TestDatabase db = TestPostgres.createDatabase(); Connection c = db.connect()) {
            Jdbc jdbc = Jdbc.on(c);
            jdbc.inTransaction("run the script", tx -> {
                statements.forEach(st -> Jdbc.on(tx).execute("run the script", st));
                return null;
            });
            assertThat(jdbc.query("read", "SELECT note || '|' || updated FROM devices ORDER BY id",
                    (rs, r) -> rs.getString(1))).containsExactly("it's; a \\ test;|1");
            assertThat(jdbc.query("read", "SELECT id || what FROM audit ORDER BY what", (rs, r) -> rs.getString(1)))
                    .containsExactly("2deleted;", "2twice");
            assertThat(jdbc.query("call", "SELECT greet(?) || twice(21)", (rs, r) -> rs.getString(1), "bob"))
                    .containsExactly("hi; bob!42");
        }
    }

    @Test
    void postgresqlErrorsKeepTheSqlState() throws Exception {
        try (TestDatabase db = TestPostgres.createDatabase(); Connection c = db.connect()) {
            SqlStatement bad = new SqlStatement("DROP TABLE missing", 7, "db/migrations/a_b.sql");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Jdbc.on(c).execute("downgrade a", bad))
                    .isInstanceOfSatisfying(DatabaseException.class, e -> {
                        assertThat(e.sqlState()).isEqualTo("42P01");
                        assertThat(e.getMessage()).isEqualTo("Could not downgrade a: ERROR: table \"missing\" does not"
                                + " exist [SQLState 42P01]\n  at db/migrations/a_b.sql, line 7\n  SQL: DROP TABLE missing");
                    });
        }
    }
}
