package dev.migrate.dialect.sqlite;

import static dev.migrate.schema.SqlType.TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.dialect.Catalog;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.DialectException;
import dev.migrate.op.Ops;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite rebuild on a 100,000-row table with two indexes, a foreign key out (to owners) and
 * one in (from reservations), a trigger and a view: everything survives; a rebuild that fails
 * half-way leaves the table as it was; foreign keys are handled in each connection state.
 */
class SqliteRebuildTest {

    static final int ROWS = 100_000;

    @TempDir
    Path dir;

    final Dialect sqlite = Dialect.forName("sqlite");
    Connection connection;
    Catalog db;

    @AfterEach
    void close() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }

    /** Opens the database with or without foreign keys, in a transaction or in auto-commit mode, and fills it. */
    void open(boolean foreignKeys, boolean transaction) throws SQLException {
        Properties p = new Properties();
        p.setProperty("foreign_keys", Boolean.toString(foreignKeys));
        connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("rebuild.db"), p);
        db = new Catalog(connection);
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE owners (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
            s.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, owner_id INTEGER NOT NULL CONSTRAINT fk_items_owner"
                    + " REFERENCES owners (id) ON DELETE CASCADE, sku TEXT NOT NULL, qty INTEGER, note VARCHAR(20))");
            s.execute("CREATE INDEX ix_items_owner ON items (owner_id)");
            s.execute("CREATE UNIQUE INDEX ix_items_sku ON items (sku)");
            s.execute("CREATE TABLE reservations (id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL"
                    + " REFERENCES items (id) ON DELETE CASCADE)");
            s.execute("CREATE TABLE audit (item_id INTEGER, qty INTEGER)");
            s.execute("CREATE TRIGGER trg_items_audit AFTER UPDATE OF qty ON items BEGIN"
                    + " INSERT INTO audit VALUES (NEW.id, NEW.qty); END");
            s.execute("CREATE VIEW v_items AS SELECT id, sku FROM items");
            s.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100)"
                    + " INSERT INTO owners SELECT i, 'owner ' || i FROM n");
            s.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + ROWS + ")"
                    + " INSERT INTO items SELECT i, 1 + i % 100, 'sku-' || i, i, CASE WHEN i % 2 = 0 THEN 'even' END FROM n");
            s.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)"
                    + " INSERT INTO reservations SELECT i, i FROM n");
        }
        connection.setAutoCommit(!transaction);
    }

    /** Runs the ops as the runtime does: in the step's transaction (rolled back on failure), or statement by statement. */
    void run(LiveOps.Body body) throws Exception {
        new LiveOps(sqlite, connection).run(body);
    }

    String fingerprint() throws SQLException {
        return db.rows("SELECT count(*), sum(id), sum(owner_id), sum(qty), sum(length(sku)), count(note) FROM items").toString();
    }

    List<List<Object>> indexes() throws SQLException {
        return db.rows("SELECT l.name, l.\"unique\", group_concat(i.name) FROM pragma_index_list('items') l"
                + " JOIN pragma_index_info(l.name) i GROUP BY l.name ORDER BY l.name");
    }

    void assertEverythingSurvived(String fingerprint) throws SQLException {
        assertThat(fingerprint()).isEqualTo(fingerprint);
        assertThat(indexes()).containsExactly(List.of("ix_items_owner", 0, "owner_id"), List.of("ix_items_sku", 1, "sku"));
        assertThat(db.rows("SELECT name FROM sqlite_schema WHERE type = 'trigger'")).containsExactly(List.of("trg_items_audit"));
        assertThat(db.rows("SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('items')"))
                .containsExactly(List.of("owners", "owner_id", "id", "CASCADE"));
        assertThat(db.rows("SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('reservations')"))
                .containsExactly(List.of("items", "item_id", "id", "CASCADE"));
        assertThat(db.value("SELECT count(*) FROM v_items")).isEqualTo(ROWS);
        assertThat(db.value("SELECT count(*) FROM reservations")).isEqualTo(1000);
        assertThat(db.rows("SELECT name FROM sqlite_schema WHERE name LIKE '%migrate%'")).isEmpty();
    }

    void assertTriggerAndForeignKeysWork() throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("UPDATE items SET qty = -5 WHERE id = 7");
            assertThat(db.rows("SELECT item_id, qty FROM audit")).containsExactly(List.of(7, -5));
            s.execute("DELETE FROM items WHERE id = 1");
            assertThat(db.value("SELECT count(*) FROM reservations WHERE item_id = 1")).isEqualTo(0);
            assertThatThrownBy(() -> s.execute("INSERT INTO reservations (item_id) VALUES (" + (ROWS + 1) + ")"))
                    .hasMessageContaining("FOREIGN KEY constraint failed");
            s.execute("DELETE FROM owners WHERE id = 2");
            assertThat(db.value("SELECT count(*) FROM items WHERE owner_id = 2")).isEqualTo(0);
        }
        connection.setAutoCommit(autoCommit);
    }

    static void changeItems(Ops op) throws SQLException {
        op.batch("items", b -> b.alterColumn("note", c -> c.type(TEXT).defaultValue("none"))
                .alterColumn("qty", c -> c.notNull())
                .createCheckConstraint("qty_not_zero", "qty <> 0"));
    }

    @Test
    void rebuildsInsideTheMigrationTransactionWithForeignKeysOff() throws Exception {
        open(false, true);
        String before = fingerprint();

        run(SqliteRebuildTest::changeItems);

        assertEverythingSurvived(before);
        assertThat(db.rows("SELECT sql FROM sqlite_schema WHERE name = 'items'")).containsExactly(List.of("""
                CREATE TABLE "items" (
                    id INTEGER,
                    owner_id INTEGER NOT NULL,
                    sku TEXT NOT NULL,
                    qty INTEGER NOT NULL,
                    note TEXT DEFAULT 'none',
                    PRIMARY KEY (id),
                    CONSTRAINT ck_items_qty_not_zero CHECK (qty <> 0),
                    CONSTRAINT fk_items_owner FOREIGN KEY (owner_id) REFERENCES owners (id) ON DELETE CASCADE
                )"""));
        assertTriggerAndForeignKeysWork();
    }

    @Test
    void outsideATransactionItSwitchesForeignKeysOffAroundItselfAndBackOn() throws Exception {
        open(true, false);
        String before = fingerprint();

        run(SqliteRebuildTest::changeItems);

        assertEverythingSurvived(before);
        assertThat(db.value("PRAGMA foreign_keys")).isEqualTo(1);
        assertTriggerAndForeignKeysWork();
    }

    @Test
    void insideATransactionWithForeignKeysOnItRefusesToRebuildAReferencedTable() throws Exception {
        open(true, true);
        String before = fingerprint();

        assertThatThrownBy(() -> run(SqliteRebuildTest::changeItems)).isInstanceOf(DialectException.class)
                .hasMessage("Cannot rebuild table items inside a transaction while PRAGMA foreign_keys is ON: SQLite ignores"
                        + " PRAGMA foreign_keys inside a transaction, and dropping the old table would run the ON DELETE actions"
                        + " (or fail the foreign keys) of the tables that refer to it: [reservations]. Run the migrations with"
                        + " foreign keys off (SQLite's default; for sqlite-jdbc leave out foreign_keys=true), or mark this"
                        + " revision transactional = false so the rebuild can switch them off around itself");
        assertEverythingSurvived(before);
    }

    @Test
    void aTransactionBegunWithSqlInAutoCommitModeIsRecognised() throws Exception {
        open(true, false);
        String before = fingerprint();
        try (Statement s = connection.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            assertThatThrownBy(() -> new LiveOps(sqlite, connection).apply(new dev.migrate.op.AlterColumn("items", "note",
                    List.of(new dev.migrate.op.ColumnChange.SetType(TEXT, null, null))))).isInstanceOf(DialectException.class)
                    .hasMessageStartingWith("Cannot rebuild table items inside a transaction while PRAGMA foreign_keys is ON");
            s.execute("ROLLBACK");
        }
        assertEverythingSurvived(before);
        assertThat(new SqliteCatalog(connection).inTransaction()).isFalse();
        assertThat(db.value("SELECT count(*) FROM reservations")).isEqualTo(1000);
    }

    @Test
    void insideATransactionWithForeignKeysOnATableNobodyRefersToIsRebuilt() throws Exception {
        open(true, true);
        run(op -> op.alterColumn("reservations", "item_id", c -> c.nullable()));
        assertThat(db.value("SELECT count(*) FROM reservations")).isEqualTo(1000);
        assertThat(db.rows("SELECT \"notnull\" FROM pragma_table_info('reservations') WHERE name = 'item_id'"))
                .containsExactly(List.of(0));
    }

    @Test
    void aRebuildThatFailsHalfWayLeavesTheTableAsItWas() throws Exception {
        open(false, true);
        String before = fingerprint();
        String sql = (String) db.value("SELECT sql FROM sqlite_schema WHERE name = 'items'");

        // the type change makes it a rebuild (SQLite 3.53+ adds a check alone in place)
        assertThatThrownBy(() -> run(op -> op.batch("items", b -> b.alterColumn("note", c -> c.type(TEXT))
                .createCheckConstraint("qty_small", "qty < " + (ROWS - 1)))))
                .isInstanceOf(SQLException.class).hasMessageContaining("CHECK constraint failed: ck_items_qty_small");

        assertThat(db.value("SELECT sql FROM sqlite_schema WHERE name = 'items'")).isEqualTo(sql);
        assertEverythingSurvived(before);
        assertTriggerAndForeignKeysWork();
    }

    @Test
    void aRebuildThatFailsHalfWayOutsideATransactionIsRolledBackByRecovery() throws Exception {
        open(true, false);
        String before = fingerprint();

        assertThatThrownBy(() -> run(op -> op.alterColumn("items", "note", c -> c.type(TEXT).notNull())))
                .isInstanceOf(SQLException.class).hasMessageContaining("NOT NULL constraint failed: _migrate_tmp_items.note");

        assertEverythingSurvived(before);
        assertThat(db.value("PRAGMA foreign_keys")).isEqualTo(1);
        assertTriggerAndForeignKeysWork();
    }

    @Test
    void aBrokenForeignKeyFailsTheRebuild() throws Exception {
        open(false, true);
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO items (id, owner_id, sku, qty) VALUES (" + (ROWS + 1) + ", 999, 'orphan', 1)");
        }
        connection.commit();
        assertThatThrownBy(() -> run(SqliteRebuildTest::changeItems)).isInstanceOf(SQLException.class)
                .hasMessageContaining("CHECK constraint failed: rebuilding table items left rows whose foreign keys match no row;"
                        + " PRAGMA foreign_key_check lists them");
        assertThat(db.rows("SELECT sql FROM sqlite_schema WHERE name = 'items'").toString()).doesNotContain("ck_items_qty_not_zero");
    }

    @Test
    void theAutoincrementCounterSurvives() throws Exception {
        open(false, true);
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE tickets (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT)");
            s.execute("INSERT INTO tickets (title) VALUES ('a'), ('b'), ('c')");
            s.execute("DELETE FROM tickets WHERE id = 3");
        }
        connection.commit();
        run(op -> op.alterColumn("tickets", "title", c -> c.notNull()));
        db.execute("INSERT INTO tickets (title) VALUES ('d')");
        assertThat(db.value("SELECT max(id) FROM tickets")).isEqualTo(4);
        assertThat(db.value("SELECT sql FROM sqlite_schema WHERE name = 'tickets'").toString())
                .contains("id INTEGER PRIMARY KEY AUTOINCREMENT");
    }

    @Test
    void triggersThatUseARenamedColumnStopTheRebuild() throws Exception {
        open(false, true);
        assertThatThrownBy(() -> run(op -> op.batch("items", b -> b.renameColumn("qty", "quantity").alterColumn("sku", c -> c.type(TEXT).nullable()))))
                .isInstanceOf(DialectException.class)
                .hasMessage("Cannot rebuild table items: trigger trg_items_audit refers to column qty, which this change renames,"
                        + " and a rebuild would leave it broken. Drop the trigger before this change and create it again after"
                        + " (or rename the column with op.renameColumn outside a batch: SQLite renames it natively and updates"
                        + " the trigger)");
        run(op -> op.renameColumn("items", "qty", "quantity"));
        assertThat(db.value("SELECT sql FROM sqlite_schema WHERE name = 'trg_items_audit'").toString()).contains("NEW.quantity");
    }

    @Test
    void keepsWhatTheModelCannotDescribe() throws Exception {
        connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("options.db"));
        db = new Catalog(connection);
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE kv (k TEXT PRIMARY KEY, v INTEGER, twice INTEGER GENERATED ALWAYS AS (v * 2) VIRTUAL,"
                    + " note TEXT COLLATE NOCASE) WITHOUT ROWID, STRICT");
            s.execute("CREATE INDEX ix_kv_lower ON kv (lower(note)) WHERE v > 0");
            s.execute("CREATE INDEX ix_kv_v_desc ON kv (v DESC)");
            s.execute("INSERT INTO kv (k, v, note) VALUES ('a', 1, 'X'), ('b', 2, 'y')");
        }
        run(op -> op.alterColumn("kv", "v", c -> c.notNull()));
        String sql = (String) db.value("SELECT sql FROM sqlite_schema WHERE name = 'kv'");
        assertThat(sql).endsWith(") WITHOUT ROWID, STRICT").contains("twice INTEGER GENERATED ALWAYS AS (v * 2) VIRTUAL")
                .contains("note TEXT COLLATE NOCASE").contains("v INTEGER NOT NULL");
        assertThat(db.rows("SELECT k, v, twice FROM kv WHERE note = 'x'")).containsExactly(List.of("a", 1, 2));
        assertThat(db.rows("SELECT sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")).containsExactly(
                List.of("CREATE INDEX ix_kv_lower ON kv (lower(note)) WHERE v > 0"), List.of("CREATE INDEX ix_kv_v_desc ON kv (v DESC)"));
    }
}
