package dev.migrate.dialect;

import static dev.migrate.op.Ops.column;
import static dev.migrate.schema.SqlType.BIGINT;
import static dev.migrate.schema.SqlType.BLOB;
import static dev.migrate.schema.SqlType.BOOLEAN;
import static dev.migrate.schema.SqlType.DATE;
import static dev.migrate.schema.SqlType.INTEGER;
import static dev.migrate.schema.SqlType.NUMERIC;
import static dev.migrate.schema.SqlType.TEXT;
import static dev.migrate.schema.SqlType.TIMESTAMP;
import static dev.migrate.schema.SqlType.VARCHAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.op.MigrationOp;
import dev.migrate.op.Ops;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.ReferentialAction;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs every op on a real database, each in its own transaction as the runtime will, and reads
 * the result back through JDBC metadata, catalog queries and the database's own behaviour
 * (rejected duplicates, rejected check violations). One subclass per database.
 */
public abstract class OpExecutionContract {

    protected Connection connection;
    protected Dialect dialect;
    protected Ops op;
    protected Catalog db;
    protected final List<String> executed = new ArrayList<>();

    /** A fresh, empty database. */
    protected abstract Connection open() throws Exception;

    /** Drops the database when the subclass made one. */
    protected void dispose() throws Exception {
    }

    /** The declared type as the database reports it. */
    protected abstract String declaredType(String table, String column) throws SQLException;

    /** The primary key's name as the database keeps it. */
    protected String primaryKeyName(String table) throws SQLException {
        return db.primaryKeyName(table);
    }

    /** {@code sqlite} or {@code postgresql} expectations. */
    protected abstract String expect(String sqlite, String postgresql);

    @BeforeEach
    void openDatabase() throws Exception {
        connection = open();
        connection.setAutoCommit(false);
        dialect = Dialect.forJdbcUrl(connection.getMetaData().getURL());
        db = new Catalog(connection);
        op = new Ops(this::apply, dialect.name(), connection);
    }

    @AfterEach
    void closeDatabase() throws Exception {
        if (connection != null) {
            connection.close();
            dispose();
        }
    }

    /** Renders {@code o} against the live database and runs it in its own transaction. */
    protected void apply(MigrationOp o) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String sql : dialect.statements(o, dialect.liveTables(connection))) {
                executed.add(sql);
                s.execute(sql);
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    protected void sql(String sql) throws SQLException {
        db.execute(sql);
        connection.commit();
    }

    protected void rejects(String sql) throws SQLException {
        assertThatThrownBy(() -> db.execute(sql)).isInstanceOf(SQLException.class);
        connection.rollback();
    }

    protected void usersAndDevices() throws SQLException {
        op.createTable("users", t -> t
                .column("id", BIGINT, c -> c.primaryKey().identity())
                .column("email", VARCHAR(200), c -> c.notNull().unique()));
        op.createTable("devices", t -> t
                .column("id", BIGINT, c -> c.primaryKey().identity())
                .column("owner_id", BIGINT, c -> c.notNull().references("users", "id", ReferentialAction.CASCADE))
                .column("name", VARCHAR(100), c -> c.notNull().defaultValue("unnamed").comment("Shown to people"))
                .column("price", NUMERIC(10, 2))
                .column("created_at", TIMESTAMP, c -> c.notNull().defaultSql("CURRENT_TIMESTAMP"))
                .check("price_positive", "price >= 0")
                .index("owner_id", "name")
                .comment("Every device"));
    }

    @Test
    void createTable() throws Exception {
        usersAndDevices();

        assertThat(db.columnNames("devices")).containsExactly("id", "owner_id", "name", "price", "created_at");
        assertThat(db.columns("devices")).extracting(Catalog.Col::nullable).containsExactly(false, false, false, true, false);
        assertThat(declaredType("devices", "name")).isEqualTo(expect("VARCHAR(100)", "character varying(100)"));
        assertThat(declaredType("devices", "price")).isEqualTo(expect("NUMERIC(10, 2)", "numeric(10,2)"));
        assertThat(declaredType("devices", "id")).isEqualTo(expect("INTEGER", "bigint"));
        assertThat(db.primaryKey("devices")).containsExactly("id");
        assertThat(primaryKeyName("devices")).isEqualTo("pk_devices");
        assertThat(db.foreignKeys("devices")).containsExactly(new Catalog.Fk("fk_devices_owner_id_users", List.of("owner_id"),
                "users", List.of("id"), DatabaseMetaData.importedKeyCascade, DatabaseMetaData.importedKeyNoAction));
        assertThat(db.indexes("devices")).containsEntry("ix_devices_owner_id_name",
                new Catalog.Idx(List.of("owner_id", "name"), false));

        sql("INSERT INTO users (email) VALUES ('a@example.com')");
        sql("INSERT INTO users (email) VALUES ('b@example.com')");
        assertThat(db.rows("SELECT id FROM users ORDER BY id")).extracting(r -> ((Number) r.get(0)).longValue())
                .containsExactly(1L, 2L);
        rejects("INSERT INTO users (email) VALUES ('a@example.com')");
        sql("INSERT INTO devices (owner_id) VALUES (1)");
        assertThat(db.rows("SELECT name, created_at IS NOT NULL FROM devices")).hasSize(1);
        assertThat(db.value("SELECT name FROM devices")).isEqualTo("unnamed");
        rejects("INSERT INTO devices (owner_id, price) VALUES (1, -1)");
        if (dialect.capabilities().comments()) {
            assertThat(db.tableRemarks("devices")).isEqualTo("Every device");
            assertThat(db.column("devices", "name").remarks()).isEqualTo("Shown to people");
        }
    }

    @Test
    void dropAndRenameTable() throws Exception {
        usersAndDevices();
        op.createTable("scratch", t -> t.column("a", INTEGER));
        op.dropTable("scratch");
        op.renameTable("devices", "gadgets");
        assertThat(db.tables()).containsExactlyInAnyOrder("users", "gadgets");
        assertThat(db.foreignKeys("gadgets")).extracting(Catalog.Fk::referredTable).containsExactly("users");
    }

    @Test
    void addDropAndRenameColumns() throws Exception {
        usersAndDevices();
        sql("INSERT INTO users (email) VALUES ('a@example.com')");
        op.addColumn("users", column("nickname", TEXT));
        op.addColumn("users", column("active", BOOLEAN, c -> c.notNull().defaultValue(true)));
        op.renameColumn("users", "email", "mail");
        op.dropColumn("users", "nickname");
        assertThat(db.columnNames("users")).containsExactly("id", "mail", "active");
        assertThat(db.column("users", "active").nullable()).isFalse();
        assertThat(db.rows("SELECT mail, active FROM users"))
                .containsExactly(List.of("a@example.com", expect("1", "true")).stream().map(this::typed).toList());
        rejects("INSERT INTO users (mail) VALUES ('a@example.com')");
    }

    private Object typed(String s) {
        return switch (s) {
            case "1" -> 1;
            case "true" -> true;
            default -> s;
        };
    }

    @Test
    void droppingAnIndexedColumnDropsItsIndex() throws Exception {
        usersAndDevices();
        sql("INSERT INTO users (email) VALUES ('a@example.com')");
        sql("INSERT INTO devices (owner_id, name, price) VALUES (1, 'x', 2)");
        op.dropColumn("devices", "name");
        assertThat(db.columnNames("devices")).containsExactly("id", "owner_id", "price", "created_at");
        assertThat(db.indexes("devices")).doesNotContainKey("ix_devices_owner_id_name");
        assertThat(db.rows("SELECT owner_id, price FROM devices")).hasSize(1);
        assertThat(db.foreignKeys("devices")).hasSize(1);
    }

    @Test
    void alterColumnTypeKeepsData() throws Exception {
        op.createTable("notes", t -> t.column("id", INTEGER, c -> c.primaryKey()).column("body", VARCHAR(10))
                .column("n", INTEGER));
        sql("INSERT INTO notes (id, body, n) VALUES (1, 'short', 7)");
        op.alterColumn("notes", "body", c -> c.type(TEXT));
        op.alterColumn("notes", "n", c -> c.type(BIGINT));
        assertThat(declaredType("notes", "body")).isEqualTo(expect("TEXT", "text"));
        assertThat(declaredType("notes", "n")).isEqualTo(expect("BIGINT", "bigint"));
        sql("INSERT INTO notes (id, body, n) VALUES (2, 'much longer than ten', 9000000000)");
        assertThat(db.rows("SELECT body FROM notes ORDER BY id")).extracting(r -> r.get(0))
                .containsExactly("short", "much longer than ten");
    }

    @Test
    void alterColumnNullabilityAndDefault() throws Exception {
        op.createTable("notes", t -> t.column("id", INTEGER, c -> c.primaryKey()).column("body", TEXT)
                .column("tag", TEXT, c -> c.notNull()));
        sql("INSERT INTO notes (id, body, tag) VALUES (1, 'b', 't')");
        op.alterColumn("notes", "body", c -> c.notNull().defaultValue("empty"));
        op.alterColumn("notes", "tag", c -> c.nullable());
        assertThat(db.column("notes", "body").nullable()).isFalse();
        assertThat(db.column("notes", "tag").nullable()).isTrue();
        sql("INSERT INTO notes (id) VALUES (2)");
        assertThat(db.value("SELECT body FROM notes WHERE id = 2")).isEqualTo("empty");
        op.alterColumn("notes", "body", c -> c.dropDefault());
        rejects("INSERT INTO notes (id) VALUES (3)");
        op.alterColumn("notes", "body", c -> c.comment("The text"));
        if (dialect.capabilities().comments()) {
            assertThat(db.column("notes", "body").remarks()).isEqualTo("The text");
        }
    }

    @Test
    void indexes() throws Exception {
        usersAndDevices();
        op.createIndex("devices", Index.uniqueOf("owner_id", "price"));
        op.createIndex("devices", "created_at");
        assertThat(db.indexes("devices")).containsEntry("ix_devices_owner_id_price",
                new Catalog.Idx(List.of("owner_id", "price"), true));
        assertThat(db.indexes("devices")).containsEntry("ix_devices_created_at", new Catalog.Idx(List.of("created_at"), false));
        sql("INSERT INTO users (email) VALUES ('a@example.com')");
        sql("INSERT INTO devices (owner_id, price) VALUES (1, 5)");
        rejects("INSERT INTO devices (owner_id, price) VALUES (1, 5)");
        op.dropIndex("devices", "ix_devices_owner_id_price");
        op.dropIndex("devices", "ix_devices_created_at");
        assertThat(db.indexes("devices")).doesNotContainKeys("ix_devices_owner_id_price", "ix_devices_created_at");
        sql("INSERT INTO devices (owner_id, price) VALUES (1, 5)");
    }

    @Test
    void uniqueAndCheckConstraints() throws Exception {
        op.createTable("parts", t -> t.column("id", INTEGER, c -> c.primaryKey()).column("serial", TEXT).column("qty", INTEGER));
        op.createUniqueConstraint("parts", "serial");
        op.createCheckConstraint("parts", "qty_positive", "qty > 0");
        sql("INSERT INTO parts VALUES (1, 'A', 1)");
        rejects("INSERT INTO parts VALUES (2, 'A', 1)");
        rejects("INSERT INTO parts VALUES (2, 'B', 0)");
        op.dropConstraint("parts", "uq_parts_serial");
        op.dropConstraint("parts", "ck_parts_qty_positive");
        sql("INSERT INTO parts VALUES (2, 'A', 0)");
        assertThat(db.rows("SELECT id FROM parts")).hasSize(2);
    }

    @Test
    void foreignKeyAndPrimaryKeyConstraints() throws Exception {
        op.createTable("kinds", t -> t.column("id", INTEGER, c -> c.primaryKey()));
        op.createTable("items", t -> t.column("id", INTEGER, c -> c.notNull()).column("kind_id", INTEGER));
        op.createPrimaryKey("items", "id");
        op.createForeignKey("items", ForeignKey.of("kind_id", "kinds", "id").onDelete(ReferentialAction.SET_NULL));
        assertThat(db.primaryKey("items")).containsExactly("id");
        assertThat(primaryKeyName("items")).isEqualTo("pk_items");
        assertThat(db.foreignKeys("items")).containsExactly(new Catalog.Fk("fk_items_kind_id_kinds", List.of("kind_id"), "kinds",
                List.of("id"), DatabaseMetaData.importedKeySetNull, DatabaseMetaData.importedKeyNoAction));
        op.dropConstraint("items", "fk_items_kind_id_kinds");
        op.dropConstraint("items", "pk_items");
        assertThat(db.foreignKeys("items")).isEmpty();
        assertThat(db.primaryKey("items")).isEmpty();
    }

    @Test
    void executeAndBulkInsert() throws Exception {
        op.createTable("samples", t -> t.column("id", INTEGER, c -> c.primaryKey()).column("label", TEXT)
                .column("flag", BOOLEAN).column("data", BLOB).column("day", DATE).column("amount", NUMERIC(8, 2)));
        Map<String, Object> nulls = new LinkedHashMap<>();
        nulls.put("id", 3);
        nulls.put("label", null);
        op.bulkInsert("samples", List.of(
                Map.of("id", 1, "label", "it's", "flag", true, "data", new byte[] {1, 2, (byte) 255},
                        "day", LocalDate.of(2024, 2, 29), "amount", new BigDecimal("12.50")),
                Map.of("id", 2, "label", "two"), nulls));
        op.execute("UPDATE samples SET label = 'updated' WHERE id = 2");
        op.executeOn("nodialect", "THIS IS NOT SQL");
        assertThat(db.rows("SELECT id, label FROM samples ORDER BY id")).extracting(r -> r.get(1))
                .containsExactly("it's", "updated", null);
        assertThat((byte[]) db.value("SELECT data FROM samples WHERE id = 1")).containsExactly(1, 2, 255);
        assertThat(db.value("SELECT CAST(day AS TEXT) FROM samples WHERE id = 1")).isEqualTo("2024-02-29");
        assertThat(new BigDecimal(db.value("SELECT amount FROM samples WHERE id = 1").toString())).isEqualByComparingTo("12.5");
    }

    @Test
    void tableComment() throws Exception {
        op.createTable("notes", t -> t.column("id", INTEGER));
        op.setTableComment("notes", "Notes, 'quoted'");
        if (dialect.capabilities().comments()) {
            assertThat(db.tableRemarks("notes")).isEqualTo("Notes, 'quoted'");
        }
        op.dropTableComment("notes");
        assertThat(db.tableRemarks("notes")).isNull();
    }

    @Test
    void aBatchAppliesSeveralChanges() throws Exception {
        usersAndDevices();
        sql("INSERT INTO users (email) VALUES ('a@example.com')");
        sql("INSERT INTO devices (owner_id, name, price) VALUES (1, 'lamp', 3)");
        op.batch("devices", b -> b
                .addColumn(column("serial", VARCHAR(40), c -> c.notNull().defaultValue("none")))
                .alterColumn("name", c -> c.type(TEXT).nullable())
                .renameColumn("price", "cost")
                .createIndex("serial")
                .dropConstraint("ck_devices_price_positive")
                .createCheckConstraint("cost_positive", "cost > 0"));
        assertThat(db.columnNames("devices")).containsExactly("id", "owner_id", "name", "cost", "created_at", "serial");
        assertThat(db.column("devices", "name").nullable()).isTrue();
        assertThat(db.indexes("devices")).containsKeys("ix_devices_serial", "ix_devices_owner_id_name");
        assertThat(db.rows("SELECT name, serial FROM devices")).containsExactly(List.of("lamp", "none"));
        rejects("INSERT INTO devices (owner_id, cost) VALUES (1, 0)");
        assertThat(db.foreignKeys("devices")).hasSize(1);
    }

    @Test
    void namesThatNeedQuotes() throws Exception {
        op.createTable("user", t -> t.column("order", INTEGER, c -> c.primaryKey()).column("group", TEXT));
        op.createTable("my \"odd\" table", t -> t.column("select", INTEGER).column("from", TEXT));
        op.addColumn("user", column("desc", TEXT));
        op.renameColumn("my \"odd\" table", "from", "to");
        op.createIndex("my \"odd\" table", Index.of("to").named("my index"));
        op.alterColumn("user", "group", c -> c.notNull().defaultValue("g"));
        op.bulkInsert("my \"odd\" table", List.of(Map.of("select", 1, "to", "x")));
        assertThat(db.columnNames("user")).containsExactly("order", "group", "desc");
        assertThat(db.columnNames("my \"odd\" table")).containsExactly("select", "to");
        assertThat(db.indexes("my \"odd\" table")).containsKey("my index");
        assertThat(db.value("SELECT \"to\" FROM \"my \"\"odd\"\" table\"")).isEqualTo("x");
    }
}
