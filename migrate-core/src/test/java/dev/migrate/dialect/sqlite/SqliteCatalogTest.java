package dev.migrate.dialect.sqlite;

import static dev.migrate.schema.SqlType.BIGINT;
import static dev.migrate.schema.SqlType.INTEGER;
import static dev.migrate.schema.SqlType.NUMERIC;
import static dev.migrate.schema.SqlType.TEXT;
import static dev.migrate.schema.SqlType.TIMESTAMP;
import static dev.migrate.schema.SqlType.VARCHAR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.dialect.Dialect;
import dev.migrate.op.CreateTable;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.Computed;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.ServerDefault;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteCatalogTest {

    @TempDir
    Path dir;
    Connection connection;
    SqliteCatalog catalog;

    @BeforeEach
    void open() throws Exception {
        connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("catalog.db"));
        catalog = new SqliteCatalog(connection);
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    void sql(String... statements) throws Exception {
        try (Statement s = connection.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    @Test
    void readsAHandWrittenTableWhole() throws Exception {
        sql("CREATE TABLE parent (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE)",
                """
                CREATE TABLE "Child Table" (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  parent_id INTEGER CONSTRAINT fk_child_parent REFERENCES parent(id) ON DELETE CASCADE ON UPDATE SET NULL
                      DEFERRABLE INITIALLY DEFERRED,
                  name TEXT COLLATE NOCASE NOT NULL DEFAULT 'it''s', -- a comment, (with a parenthesis
                  qty INTEGER DEFAULT -1 CONSTRAINT ck_qty CHECK (qty <> 0),
                  price NUMERIC(10, 2) DEFAULT 0.5,
                  created TIMESTAMP DEFAULT (CURRENT_TIMESTAMP),
                  doubled INTEGER GENERATED ALWAYS AS (qty * 2) STORED,
                  raw_col int,
                  [odd name] BLOB DEFAULT x'00ff',
                  CONSTRAINT uq_child_name_qty UNIQUE (name, qty),
                  UNIQUE (price),
                  CHECK (price >= 0 AND name <> ','),
                  FOREIGN KEY (raw_col) REFERENCES parent
                )""",
                "CREATE INDEX ix_child_name ON \"Child Table\" (name)",
                "CREATE UNIQUE INDEX ix_child_qty_price ON \"Child Table\" (qty, price)",
                "CREATE INDEX ix_child_lower ON \"Child Table\" (lower(name))",
                "CREATE INDEX ix_child_partial ON \"Child Table\" (qty) WHERE qty > 0",
                "CREATE INDEX ix_child_desc ON \"Child Table\" (qty DESC)",
                "CREATE TRIGGER trg_child AFTER INSERT ON \"Child Table\" BEGIN UPDATE parent SET code = code WHERE id = NEW.parent_id; END",
                "CREATE VIEW v_child AS SELECT name FROM \"Child Table\"",
                "CREATE VIEW v_other AS SELECT code FROM parent");

        SqliteTable child = catalog.describe("child table").orElseThrow();
        Table t = child.table();

        assertThat(t.name()).isEqualTo("Child Table");
        assertThat(t.columns()).hasSize(9);
        assertThat(t.columns().subList(0, 8)).containsExactly(
                new Column("id", INTEGER, false, null, true, null, null, null),
                new Column("parent_id", INTEGER, true, null, false, null, null, null),
                new Column("name", TEXT, false, ServerDefault.value("it's"), false, null, "NOCASE", null),
                new Column("qty", INTEGER, true, ServerDefault.value(-1L), false, null, null, null),
                new Column("price", NUMERIC(10, 2), true, ServerDefault.value(new BigDecimal("0.5")), false, null, null, null),
                new Column("created", TIMESTAMP, true, ServerDefault.sql("CURRENT_TIMESTAMP"), false, null, null, null),
                new Column("doubled", INTEGER, true, null, false, new Computed("qty * 2", true), null, null),
                new Column("raw_col", SqlType.raw("INT"), true, null, false, null, null, null));
        Column odd = t.columns().get(8);
        assertThat(odd.name()).isEqualTo("odd name");
        assertThat((byte[]) ((ServerDefault.Value) odd.serverDefault()).value()).containsExactly(0, 255);
        assertThat(t.primaryKey()).isEqualTo(new PrimaryKey(null, List.of("id")));
        assertThat(t.uniqueConstraints()).containsExactly(new UniqueConstraint("uq_child_name_qty", List.of("name", "qty")),
                new UniqueConstraint(null, List.of("price")));
        assertThat(t.checkConstraints()).containsExactly(new CheckConstraint("ck_qty", "qty <> 0"),
                new CheckConstraint(null, "price >= 0 AND name <> ','"));
        assertThat(t.foreignKeys()).containsExactly(
                new ForeignKey("fk_child_parent", List.of("parent_id"), "parent", List.of("id"), ReferentialAction.CASCADE,
                        ReferentialAction.SET_NULL, true),
                new ForeignKey(null, List.of("raw_col"), "parent", List.of("id"), null, null));
        assertThat(t.indexes()).containsExactly(new Index("ix_child_name", List.of("name"), false),
                new Index("ix_child_qty_price", List.of("qty", "price"), true));
        assertThat(child.otherIndexes()).extracting(SqliteTable.Attached::name)
                .containsExactly("ix_child_lower", "ix_child_partial", "ix_child_desc");
        assertThat(child.otherIndexes().get(1).sql()).isEqualTo("CREATE INDEX ix_child_partial ON \"Child Table\" (qty) WHERE qty > 0");
        assertThat(child.triggers()).extracting(SqliteTable.Attached::name).containsExactly("trg_child");
        assertThat(child.views()).extracting(SqliteTable.Attached::name).containsExactly("v_child");
        assertThat(child.options()).isEmpty();

        Table parent = catalog.table("parent").orElseThrow();
        assertThat(parent.columns()).containsExactly(new Column("id", INTEGER, false, null, false, null, null, null),
                new Column("code", TEXT, false, null, false, null, null, null));
        assertThat(parent.uniqueConstraints()).containsExactly(new UniqueConstraint(null, List.of("code")));
        assertThat(catalog.referencingTables("PARENT")).containsExactly("Child Table");
        assertThat(catalog.tableNames()).containsExactly("parent", "Child Table");
        assertThat(catalog.indexes("Child Table")).contains("ix_child_name", "sqlite_autoindex_Child Table_1");
        assertThat(catalog.constraints("Child Table")).containsExactlyInAnyOrder("fk_child_parent", "uq_child_name_qty", "ck_qty");
        assertThat(catalog.describe("nope")).isEmpty();
    }

    @Test
    void aTableCreatedFromTheModelReadsBackAsTheModel() throws Exception {
        Dialect sqlite = Dialect.forName("sqlite");
        Table users = Table.table("users", t -> t.column("id", INTEGER, c -> c.primaryKey()));
        Table devices = Table.table("devices", t -> t
                .column("id", BIGINT, c -> c.primaryKey().identity())
                .column("owner_id", BIGINT, c -> c.notNull().references("users", "id", ReferentialAction.CASCADE))
                .column("name", VARCHAR(100), c -> c.notNull().defaultValue("unnamed").collate("NOCASE"))
                .column("price", NUMERIC(10, 2), c -> c.defaultValue(new BigDecimal("0.00")))
                .column("total", NUMERIC(12, 2), c -> c.computed("price * 2", false))
                .column("created_at", TIMESTAMP, c -> c.notNull().defaultSql("CURRENT_TIMESTAMP"))
                .unique("owner_id", "name")
                .check("price_positive", "price >= 0")
                .index("name"));
        for (Table t : List.of(users, devices)) {
            for (String s : sqlite.statements(new CreateTable(t), catalog)) {
                sql(s);
            }
        }
        Table read = catalog.table("devices").orElseThrow();
        Table expected = devices.withColumns(devices.columns().stream()
                .map(c -> c.identity() ? c.withType(INTEGER) : c).toList());
        assertThat(read).isEqualTo(expected);
    }

    @Test
    void keepsTableOptions() throws Exception {
        sql("CREATE TABLE kv (k TEXT PRIMARY KEY, v INTEGER) WITHOUT ROWID, STRICT");
        assertThat(catalog.describe("kv").orElseThrow().options()).isEqualTo("WITHOUT ROWID, STRICT");
        assertThat(catalog.table("kv").orElseThrow().primaryKey()).isEqualTo(new PrimaryKey(null, List.of("k")));
    }
}
