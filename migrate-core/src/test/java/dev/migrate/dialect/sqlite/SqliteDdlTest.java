package dev.migrate.dialect.sqlite;

import static dev.migrate.op.Ops.column;
import static dev.migrate.schema.SqlType.BIGINT;
import static dev.migrate.schema.SqlType.BLOB;
import static dev.migrate.schema.SqlType.BOOLEAN;
import static dev.migrate.schema.SqlType.CHAR;
import static dev.migrate.schema.SqlType.DOUBLE;
import static dev.migrate.schema.SqlType.INTEGER;
import static dev.migrate.schema.SqlType.NUMERIC;
import static dev.migrate.schema.SqlType.TEXT;
import static dev.migrate.schema.SqlType.TIMESTAMP;
import static dev.migrate.schema.SqlType.TIMESTAMP_WITH_TIME_ZONE;
import static dev.migrate.schema.SqlType.UUID;
import static dev.migrate.schema.SqlType.VARCHAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.DialectException;
import dev.migrate.dialect.OpFixture;
import dev.migrate.dialect.TableLookup;
import dev.migrate.op.Ops;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.MetaData;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqliteDdlTest {

    final Dialect sqlite = Dialect.forName("sqlite");
    final OpFixture fixture = new OpFixture(sqlite);
    final Ops op = fixture.op();

    static final MetaData SCHEMA = MetaData.builder()
            .table("users", t -> t.column("id", INTEGER, c -> c.primaryKey()).column("email", TEXT, c -> c.notNull()))
            .table("devices", t -> t
                    .column("id", INTEGER, c -> c.primaryKey())
                    .column("owner_id", INTEGER, c -> c.references("users", "id"))
                    .column("name", TEXT, c -> c.notNull())
                    .column("legacy", TEXT)
                    .index("name"))
            .build();

    @Test
    void createTableWithEveryKindOfColumnAndConstraint() throws Exception {
        op.createTable("devices", t -> t
                .column("id", BIGINT, c -> c.primaryKey().identity())
                .column("owner_id", BIGINT, c -> c.notNull().references("users", "id", ReferentialAction.CASCADE))
                .column("name", VARCHAR(100), c -> c.notNull().defaultValue("it's new").comment("ignored"))
                .column("code", CHAR(3), c -> c.collate("NOCASE"))
                .column("price", NUMERIC(10, 2), c -> c.defaultValue(new BigDecimal("0.00")))
                .column("total", NUMERIC(12, 2), c -> c.computed("price * 2", false))
                .column("created_at", TIMESTAMP, c -> c.notNull().defaultSql("CURRENT_TIMESTAMP"))
                .column("active", BOOLEAN, c -> c.defaultValue(true))
                .unique("owner_id", "name")
                .check("price_positive", "price >= 0")
                .index("name")
                .comment("ignored"));

        assertThat(fixture.sql()).containsExactly("""
                CREATE TABLE devices (
                    id INTEGER NOT NULL CONSTRAINT pk_devices PRIMARY KEY AUTOINCREMENT,
                    owner_id BIGINT NOT NULL,
                    name VARCHAR(100) DEFAULT 'it''s new' NOT NULL,
                    code CHAR(3) COLLATE NOCASE,
                    price NUMERIC(10, 2) DEFAULT 0.00,
                    total NUMERIC(12, 2) GENERATED ALWAYS AS (price * 2) VIRTUAL,
                    created_at TIMESTAMP DEFAULT (CURRENT_TIMESTAMP) NOT NULL,
                    active BOOLEAN DEFAULT 1,
                    CONSTRAINT uq_devices_owner_id_name UNIQUE (owner_id, name),
                    CONSTRAINT ck_devices_price_positive CHECK (price >= 0),
                    CONSTRAINT fk_devices_owner_id_users FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE CASCADE
                )""",
                "CREATE INDEX ix_devices_name ON devices (name)");
    }

    @Test
    void anIdentityColumnMustBeTheWholePrimaryKey() {
        assertThatThrownBy(() -> op.createTable("t", t -> t.column("id", INTEGER, c -> c.identity()).column("x", TEXT)))
                .isInstanceOf(DialectException.class)
                .hasMessage("SQLite makes an identity column only of a single-column INTEGER PRIMARY KEY (AUTOINCREMENT), but"
                        + " identity column id of table t is not its table's whole primary key (the table has none)."
                        + " Make it the primary key, or drop identity() and give it a default");
    }

    @Test
    void typeNamesReadBackAsTheSameTypes() {
        List<SqlType> types = List.of(SqlType.SMALLINT, INTEGER, BIGINT, BOOLEAN, VARCHAR(20), CHAR(2), TEXT, NUMERIC(5, 1),
                SqlType.NUMERIC, SqlType.REAL, DOUBLE, SqlType.DATE, SqlType.TIME, TIMESTAMP, TIMESTAMP_WITH_TIME_ZONE, BLOB,
                UUID, SqlType.JSON);
        assertThat(types.stream().map(sqlite::typeName)).containsExactly("SMALLINT", "INTEGER", "BIGINT", "BOOLEAN",
                "VARCHAR(20)", "CHAR(2)", "TEXT", "NUMERIC(5, 1)", "NUMERIC", "REAL", "DOUBLE", "DATE", "TIME", "TIMESTAMP",
                "TIMESTAMP WITH TIME ZONE", "BLOB", "UUID", "JSON");
        assertThat(types.stream().map(sqlite::typeName).map(SqliteTypes::parse)).containsExactlyElementsOf(types);
        assertThat(SqliteTypes.parse("INT")).isEqualTo(SqlType.raw("INT"));
        assertThat(sqlite.typeName(SqlType.raw("CITEXT").on("sqlite", "TEXT COLLATE NOCASE"))).isEqualTo("TEXT COLLATE NOCASE");
    }

    @Test
    void nativeAlterations() throws Exception {
        op.renameTable("devices", "gadgets");
        op.dropTable("gadgets");
        op.addColumn("devices", column("description", TEXT, c -> c.comment("ignored")));
        op.addColumn("devices", column("active", BOOLEAN, c -> c.notNull().defaultValue(false)));
        op.dropColumn("devices", "legacy");
        op.renameColumn("devices", "name", "title");
        op.createIndex("devices", Index.uniqueOf("serial"));
        op.dropIndex("devices", "ix_devices_serial");
        op.setTableComment("devices", "ignored");
        op.alterColumn("devices", "name", c -> c.comment("ignored"));
        assertThat(fixture.sql()).containsExactly(
                "ALTER TABLE devices RENAME TO gadgets",
                "DROP TABLE gadgets",
                "ALTER TABLE devices ADD COLUMN description TEXT",
                "ALTER TABLE devices ADD COLUMN active BOOLEAN DEFAULT 0 NOT NULL",
                "ALTER TABLE devices DROP COLUMN legacy",
                "ALTER TABLE devices RENAME COLUMN name TO title",
                "CREATE UNIQUE INDEX ix_devices_serial ON devices (serial)",
                "DROP INDEX ix_devices_serial");
    }

    @Test
    void executeAndBulkInsert() throws Exception {
        op.executeOn("postgresql", "VACUUM devices");
        op.executeOn("sqlite", "VACUUM");
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", 1);
        row.put("flag", true);
        row.put("data", new byte[] {1, 2});
        op.bulkInsert("devices", List.of(row));
        assertThat(fixture.sql()).containsExactly("VACUUM", "INSERT INTO devices (id, flag, data) VALUES (1, 1, X'0102')");
    }

    @Test
    void offlineRebuildFromTheDeclaredSchema() throws Exception {
        OpFixture offline = new OpFixture(sqlite, TableLookup.of(SCHEMA));
        offline.op().batch("devices", b -> b.alterColumn("name", c -> c.type(VARCHAR(200)).nullable()).dropColumn("legacy"));

        assertThat(offline.sql()).containsExactly("""
                CREATE TABLE _migrate_tmp_devices (
                    id INTEGER,
                    owner_id INTEGER,
                    name VARCHAR(200),
                    CONSTRAINT pk_devices PRIMARY KEY (id),
                    CONSTRAINT fk_devices_owner_id_users FOREIGN KEY (owner_id) REFERENCES users (id)
                )""",
                "INSERT INTO _migrate_tmp_devices (id, owner_id, name) SELECT id, owner_id, name FROM devices",
                "DROP TABLE devices",
                "PRAGMA legacy_alter_table = ON",
                "ALTER TABLE _migrate_tmp_devices RENAME TO devices",
                "PRAGMA legacy_alter_table = OFF",
                "CREATE INDEX ix_devices_name ON devices (name)",
                "CREATE TEMP TABLE _migrate_check (failures INTEGER CONSTRAINT \"rebuilding table devices left rows whose foreign"
                        + " keys match no row; PRAGMA foreign_key_check lists them\" CHECK (failures = 0))",
                "INSERT INTO temp._migrate_check SELECT (SELECT count(*) FROM pragma_foreign_key_check('devices'))",
                "DROP TABLE temp._migrate_check");
    }

    @Test
    void offlineRebuildOfAReferencedTableGuardsAgainstForeignKeysOn() throws Exception {
        OpFixture offline = new OpFixture(sqlite, TableLookup.of(SCHEMA));
        offline.op().alterColumn("users", "email", c -> c.type(VARCHAR(320)));

        assertThat(offline.sql()).containsExactly(
                "CREATE TEMP TABLE _migrate_check (failures INTEGER CONSTRAINT \"PRAGMA foreign_keys is ON: rebuilding table users"
                        + " would run the ON DELETE actions of the tables that refer to it; run this script with foreign keys off\""
                        + " CHECK (failures = 0))",
                "INSERT INTO temp._migrate_check SELECT foreign_keys FROM pragma_foreign_keys",
                "DROP TABLE temp._migrate_check",
                """
                CREATE TABLE _migrate_tmp_users (
                    id INTEGER,
                    email VARCHAR(320) NOT NULL,
                    CONSTRAINT pk_users PRIMARY KEY (id)
                )""",
                "INSERT INTO _migrate_tmp_users SELECT * FROM users",
                "DROP TABLE users",
                "PRAGMA legacy_alter_table = ON",
                "ALTER TABLE _migrate_tmp_users RENAME TO users",
                "PRAGMA legacy_alter_table = OFF",
                "CREATE TEMP TABLE _migrate_check (failures INTEGER CONSTRAINT \"rebuilding table users left rows whose foreign"
                        + " keys match no row; PRAGMA foreign_key_check lists them\" CHECK (failures = 0))",
                "INSERT INTO temp._migrate_check SELECT (SELECT count(*) FROM pragma_foreign_key_check('devices'))",
                "DROP TABLE temp._migrate_check");
    }

    @Test
    void constraintOpsRebuildWithCopyFrom() throws Exception {
        Table t = Table.table("t", x -> x.column("a", INTEGER).column("b", TEXT).column("c", DOUBLE)
                .check("b_set", "b IS NOT NULL"));
        op.batch(t, b -> b.createPrimaryKey("a").createUniqueConstraint("b").dropConstraint("ck_t_b_set")
                .createCheckConstraint("c_positive", "c > 0")
                .alterColumn("c", c -> c.type(TEXT).notNull().defaultValue("0"))
                .renameColumn("b", "bee")
                .createForeignKey(ForeignKey.of("a", "t", "a").onDelete(ReferentialAction.CASCADE)));
        assertThat(fixture.sql()).containsExactly("""
                CREATE TABLE _migrate_tmp_t (
                    a INTEGER NOT NULL,
                    bee TEXT,
                    c TEXT DEFAULT '0' NOT NULL,
                    CONSTRAINT pk_t PRIMARY KEY (a),
                    CONSTRAINT uq_t_b UNIQUE (bee),
                    CONSTRAINT ck_t_c_positive CHECK (c > 0),
                    CONSTRAINT fk_t_a_t FOREIGN KEY (a) REFERENCES t (a) ON DELETE CASCADE
                )""".replace("    a INTEGER NOT NULL,", "    a INTEGER,"),
                "INSERT INTO _migrate_tmp_t (a, bee, c) SELECT a, b, CAST(c AS TEXT) FROM t",
                "DROP TABLE t",
                "PRAGMA legacy_alter_table = ON",
                "ALTER TABLE _migrate_tmp_t RENAME TO t",
                "PRAGMA legacy_alter_table = OFF",
                "CREATE TEMP TABLE _migrate_check (failures INTEGER CONSTRAINT \"rebuilding table t left rows whose foreign"
                        + " keys match no row; PRAGMA foreign_key_check lists them\" CHECK (failures = 0))",
                "INSERT INTO temp._migrate_check SELECT (SELECT count(*) FROM pragma_foreign_key_check('t'))",
                "DROP TABLE temp._migrate_check");
    }

    @Test
    void aRebuildWithUnchangedColumnsCopiesWithSelectStar() throws Exception {
        Table t = Table.table("t", x -> x.column("id", INTEGER, c -> c.primaryKey()).column("b", TEXT));
        op.batch(t, b -> b.createCheckConstraint("b_short", "length(b) < 10"));
        assertThat(fixture.sql()).element(1).isEqualTo("INSERT INTO _migrate_tmp_t SELECT * FROM t");
    }

    @Test
    void aRebuildKeepsRowidsOfATableWithoutIntegerPrimaryKey() throws Exception {
        Table t = Table.table("t", x -> x.column("code", TEXT, c -> c.primaryKey()).column("b", TEXT));
        op.batch(t, b -> b.alterColumn("b", c -> c.notNull()));
        assertThat(fixture.sql()).element(1).isEqualTo("INSERT INTO _migrate_tmp_t (rowid, code, b) SELECT rowid, code, b FROM t");
    }

    @Test
    void anIdentityTableKeepsItsAutoincrementCounter() throws Exception {
        Table t = Table.table("t", x -> x.column("id", INTEGER, c -> c.primaryKey().identity()).column("b", TEXT));
        op.batch(t, b -> b.alterColumn("b", c -> c.notNull()));
        assertThat(fixture.sql()).containsSubsequence(
                "INSERT INTO _migrate_tmp_t SELECT * FROM t",
                "DELETE FROM sqlite_sequence WHERE name = '_migrate_tmp_t'",
                "INSERT INTO sqlite_sequence (name, seq) SELECT '_migrate_tmp_t', seq FROM sqlite_sequence WHERE name = 't' COLLATE NOCASE",
                "DROP TABLE t");
    }

    @Test
    void columnsSqliteCannotAddNativelyRebuild() throws Exception {
        Table t = Table.table("t", x -> x.column("id", INTEGER, c -> c.primaryKey()));
        op.batch(t, b -> b.addColumn(column("at", TIMESTAMP, c -> c.defaultSql("CURRENT_TIMESTAMP")))
                .addColumn(column("n", INTEGER, c -> c.notNull())));
        assertThat(fixture.sql()).element(0).isEqualTo("""
                CREATE TABLE _migrate_tmp_t (
                    id INTEGER,
                    at TIMESTAMP DEFAULT (CURRENT_TIMESTAMP),
                    n INTEGER NOT NULL,
                    CONSTRAINT pk_t PRIMARY KEY (id)
                )""");
    }

    @Test
    void droppingAnIndexedColumnRebuildsAndDropsItsIndex() throws Exception {
        OpFixture offline = new OpFixture(sqlite, TableLookup.of(SCHEMA));
        offline.op().dropColumn("devices", "name");
        assertThat(offline.sql()).doesNotContain("CREATE INDEX ix_devices_name ON devices (name)")
                .contains("INSERT INTO _migrate_tmp_devices (id, owner_id, legacy) SELECT id, owner_id, legacy FROM devices");
        offline.op().dropColumn("devices", "legacy");
        assertThat(offline.sql()).containsExactly("ALTER TABLE devices DROP COLUMN legacy");
    }

    @Test
    void aRebuildWithoutADefinitionFailsOfflineWithAdvice() {
        assertThatThrownBy(() -> op.alterColumn("devices", "name", c -> c.type(TEXT)))
                .isInstanceOf(DialectException.class)
                .hasMessage("Cannot rebuild SQLite table devices in an offline (--sql) run: the rebuild needs the table's current"
                        + " definition and none is known. Pass it with op.batch(tableDefinition, ...) (like Alembic's copy_from)"
                        + " or declare the table in the schema given to the offline run");
    }

    @Test
    void opsThatDoNotFitTheTableFailBeforeAnySql() {
        OpFixture offline = new OpFixture(sqlite, TableLookup.of(SCHEMA));
        assertThatThrownBy(() -> offline.op().alterColumn("devices", "nope", c -> c.notNull()))
                .hasMessage("Table devices has no column named nope; its columns are [id, owner_id, name, legacy]");
        assertThatThrownBy(() -> offline.op().dropConstraint("devices", "ix_devices_name"))
                .hasMessage("Table devices has no constraint named ix_devices_name (ix_devices_name is an index: drop it with"
                        + " dropIndex); its constraints are [pk_devices, fk_devices_owner_id_users]");
        assertThatThrownBy(() -> offline.op().createPrimaryKey("devices", "name"))
                .hasMessage("Cannot add primary key pk_devices to table devices: it already has primary key pk_devices; drop that one first");
        assertThatThrownBy(() -> offline.op().batch("users", b -> b.renameColumn("id", "user_id").alterColumn("email", c -> c.nullable())))
                .isInstanceOf(DialectException.class)
                .hasMessage("Cannot rebuild table users: foreign key fk_devices_owner_id_users of table devices refers to column id,"
                        + " which this change renames, and a rebuild cannot update other tables' keys. Rename the column with"
                        + " op.renameColumn outside a batch (SQLite renames it natively and updates the keys that refer to it)");
    }

    @Test
    void literals() {
        assertThat(sqlite.literal(true)).isEqualTo("1");
        assertThat(sqlite.literal(new byte[] {(byte) 0xde, (byte) 0xad})).isEqualTo("X'DEAD'");
        assertThat(sqlite.literal(LocalDate.of(2024, 2, 29))).isEqualTo("'2024-02-29'");
        assertThat(sqlite.literal(LocalTime.of(3, 4, 5))).isEqualTo("'03:04:05'");
        assertThat(sqlite.literal(LocalDateTime.of(2024, 1, 2, 3, 4, 5))).isEqualTo("'2024-01-02 03:04:05'");
        assertThat(sqlite.literal(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC))).isEqualTo("'2024-01-02 03:04:05+00:00'");
        assertThat(sqlite.literal(Double.POSITIVE_INFINITY)).isEqualTo("9e999");
        assertThatThrownBy(() -> sqlite.literal(Double.NaN)).hasMessage("SQLite cannot store NaN (it becomes NULL); write NULL instead");
        assertThat(sqlite.quote("order")).isEqualTo("\"order\"");
        assertThat(sqlite.quote("Devices")).isEqualTo("Devices");
        assertThat(sqlite.quote("my \"odd\" table")).isEqualTo("\"my \"\"odd\"\" table\"");
    }
}
