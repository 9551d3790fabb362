package dev.migrate.schema;

import static dev.migrate.schema.SqlType.BIGINT;
import static dev.migrate.schema.SqlType.INTEGER;
import static dev.migrate.schema.SqlType.NUMERIC;
import static dev.migrate.schema.SqlType.TEXT;
import static dev.migrate.schema.SqlType.TIMESTAMP;
import static dev.migrate.schema.SqlType.VARCHAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetaDataTest {

    static MetaData fleet() {
        return MetaData.builder()
                .table("users", t -> t
                        .column("id", BIGINT, c -> c.primaryKey().identity())
                        .column("email", VARCHAR(200), c -> c.notNull().unique()))
                .table("devices", t -> t
                        .column("id", BIGINT, c -> c.primaryKey().identity())
                        .column("owner_id", BIGINT, c -> c.notNull().references("users", "id", ReferentialAction.CASCADE))
                        .column("name", VARCHAR(100), c -> c.notNull().defaultValue("unnamed"))
                        .column("price", NUMERIC(10, 2))
                        .column("created_at", TIMESTAMP, c -> c.notNull().defaultSql("CURRENT_TIMESTAMP"))
                        .index("owner_id", "name")
                        .check("price_positive", "price > 0")
                        .comment("Devices of the fleet"))
                .table("readings", t -> t
                        .column("device_id", BIGINT, c -> c.primaryKey())
                        .column("seq", INTEGER, c -> c.primaryKey())
                        .column("value", TEXT)
                        .constraint(ForeignKey.of("device_id", "devices", "id").onDelete(ReferentialAction.CASCADE)
                                .onUpdate(ReferentialAction.RESTRICT)))
                .build();
    }

    @Test
    void theDslDeclaresTablesColumnsAndConventionallyNamedConstraints() {
        MetaData schema = fleet();

        assertThat(schema.tables()).extracting(Table::name).containsExactly("users", "devices", "readings");
        Table devices = schema.table("devices").orElseThrow();
        assertThat(devices.columnNames()).containsExactly("id", "owner_id", "name", "price", "created_at");
        assertThat(devices.column("id").orElseThrow()).isEqualTo(
                new Column("id", BIGINT, false, null, true, null, null, null));
        assertThat(devices.column("name").orElseThrow().serverDefault()).isEqualTo(ServerDefault.value("unnamed"));
        assertThat(devices.column("created_at").orElseThrow().serverDefault())
                .isEqualTo(ServerDefault.sql("CURRENT_TIMESTAMP"));
        assertThat(devices.column("price").orElseThrow().nullable()).isTrue();
        assertThat(devices.primaryKey()).isEqualTo(new PrimaryKey("pk_devices", List.of("id")));
        assertThat(devices.foreignKeys()).containsExactly(new ForeignKey("fk_devices_owner_id_users", List.of("owner_id"),
                "users", List.of("id"), ReferentialAction.CASCADE, ReferentialAction.NO_ACTION));
        assertThat(devices.indexes()).containsExactly(new Index("ix_devices_owner_id_name", List.of("owner_id", "name"), false));
        assertThat(devices.checkConstraints()).containsExactly(new CheckConstraint("ck_devices_price_positive", "price > 0"));
        assertThat(devices.comment()).isEqualTo("Devices of the fleet");
        assertThat(schema.table("users").orElseThrow().uniqueConstraints())
                .containsExactly(new UniqueConstraint("uq_users_email", List.of("email")));
        Table readings = schema.table("readings").orElseThrow();
        assertThat(readings.primaryKey()).isEqualTo(new PrimaryKey("pk_readings", List.of("device_id", "seq")));
        assertThat(readings.foreignKeys().get(0).onUpdate()).isEqualTo(ReferentialAction.RESTRICT);
    }

    @Test
    void aCustomNamingConventionNamesEverything() {
        NamingConvention custom = new NamingConvention("%(table)_pkey", "%(table)_%(columns)_fkey", "%(table)_%(columns)_idx",
                "%(table)_%(columns)_key", "%(table)_%(constraint_name)_check");
        MetaData schema = MetaData.builder().namingConvention(custom)
                .table("a", t -> t.column("id", INTEGER, c -> c.primaryKey()).column("x", INTEGER, c -> c.unique().index()))
                .table("b", t -> t.column("a_id", INTEGER, c -> c.references("a", "id")).check("pos", "a_id > 0"))
                .build();

        Table a = schema.table("a").orElseThrow();
        assertThat(a.primaryKey().name()).isEqualTo("a_pkey");
        assertThat(a.uniqueConstraints().get(0).name()).isEqualTo("a_x_key");
        assertThat(a.indexes().get(0).name()).isEqualTo("a_x_idx");
        Table b = schema.table("b").orElseThrow();
        assertThat(b.foreignKeys().get(0).name()).isEqualTo("b_a_id_fkey");
        assertThat(b.checkConstraints().get(0).name()).isEqualTo("b_pos_check");
        assertThat(schema.namingConvention()).isEqualTo(custom);
    }

    @Test
    void explicitNamesWin() {
        Table t = Table.table("t", x -> x.column("a", INTEGER).constraint(PrimaryKey.of("a").named("t_pk"))
                .index(Index.uniqueOf("a").named("t_a_unique")));
        assertThat(t.primaryKey().name()).isEqualTo("t_pk");
        assertThat(t.indexes()).containsExactly(new Index("t_a_unique", List.of("a"), true));
    }

    @Test
    void longNamesAreShortenedWithAStableHash() {
        String longName = "a_table_with_a_rather_long_name_for_its_purpose";
        Table t = Table.table(longName, x -> x.column("another_quite_long_column_name", INTEGER).index("another_quite_long_column_name"));
        String name = t.indexes().get(0).name();
        assertThat(name).isEqualTo("ix_a_table_with_a_rather_long_name_for_its_purpose_ano_995e8355").hasSize(63);
        Table again = Table.table(longName, x -> x.column("another_quite_long_column_name", INTEGER).index("another_quite_long_column_name"));
        assertThat(again.indexes().get(0).name()).isEqualTo(name);
    }

    @Test
    void rejectsAForeignKeyToAnUndeclaredTable() {
        assertThatThrownBy(() -> MetaData.builder()
                .table("devices", t -> t.column("owner_id", BIGINT, c -> c.references("users", "id"))).build())
                .hasMessage("Foreign key fk_devices_owner_id_users of table devices refers to table users, which the schema does not declare");
    }

    @Test
    void rejectsAForeignKeyToAMissingColumn() {
        assertThatThrownBy(() -> MetaData.builder()
                .table("users", t -> t.column("id", BIGINT))
                .table("devices", t -> t.column("owner_id", BIGINT, c -> c.references("users", "uid"))).build())
                .hasMessage("Foreign key fk_devices_owner_id_users of table devices refers to column uid of table users, which that table does not have");
    }

    @Test
    void rejectsDuplicateTablesColumnsAndIndexNames() {
        assertThatThrownBy(() -> MetaData.builder().table("t", t -> t.column("a", INTEGER))
                .table("T", t -> t.column("a", INTEGER)).build())
                .hasMessage("The schema declares table T twice");
        assertThatThrownBy(() -> Table.table("t", t -> t.column("a", INTEGER).column("A", TEXT)))
                .hasMessage("table t declares column A twice");
        assertThatThrownBy(() -> MetaData.builder()
                .table("t", t -> t.column("a", INTEGER).index(Index.of("a").named("ix_shared")))
                .table("u", t -> t.column("a", INTEGER).index(Index.of("a").named("ix_shared"))).build())
                .hasMessage("The name ix_shared (an index or key of table u) is used twice in the schema; indexes, keys and"
                        + " tables share one namespace on PostgreSQL. Give one of them another name");
    }

    @Test
    void rejectsConstraintsOnMissingColumnsAndBadIdentities() {
        assertThatThrownBy(() -> Table.table("t", t -> t.column("a", INTEGER).index("b")))
                .hasMessage("index on [b] of table t names column b, which the table does not have");
        assertThatThrownBy(() -> Table.table("t", t -> t.column("a", TEXT, c -> c.identity())))
                .hasMessage("identity column a must be SMALLINT, INTEGER or BIGINT, was TEXT");
        assertThatThrownBy(() -> Table.table("t", t -> t.column("a", INTEGER, c -> c.identity()).column("b", INTEGER, c -> c.identity())))
                .hasMessage("table t declares 2 identity columns; at most one is allowed");
        assertThatThrownBy(() -> Table.table("t", t -> t.column("a", INTEGER).primaryKey("a").primaryKey("a")))
                .hasMessage("table t declares two primary keys");
        assertThatThrownBy(() -> Table.table("t", t -> t.column("a", INTEGER, c -> c.primaryKey()).constraint(PrimaryKey.of("a"))))
                .hasMessage("table t declares primaryKey() on columns [a] and also a table primary key [a]; declare it once");
    }

    @Test
    void rejectsUnknownTokensInANamingConvention() {
        assertThatThrownBy(() -> new NamingConvention("pk_%(table)", "fk_%(tabel)", "ix", "uq", "ck"))
                .hasMessage("The naming convention for foreign keys uses unknown token %(tabel) in 'fk_%(tabel)'; it may use"
                        + " [%(column), %(columns), %(referred_table), %(table)]");
    }

    @Test
    void typesDescribeThemselvesAndValidate() {
        assertThat(SqlType.VARCHAR(20)).hasToString("VARCHAR(20)");
        assertThat(NUMERIC(10, 2)).hasToString("NUMERIC(10, 2)");
        assertThat(SqlType.TIMESTAMP_WITH_TIME_ZONE).hasToString("TIMESTAMP WITH TIME ZONE");
        assertThat(SqlType.raw("CITEXT").on("sqlite", "TEXT").sqlFor("SQLite")).isEqualTo("TEXT");
        assertThat(SqlType.raw("CITEXT").on("sqlite", "TEXT").sqlFor("postgresql")).isEqualTo("CITEXT");
        assertThatThrownBy(() -> SqlType.NUMERIC(2, 3))
                .hasMessage("NUMERIC(2, 3) is invalid: need precision >= 1 and 0 <= scale <= precision");
        assertThatThrownBy(() -> SqlType.VARCHAR(0)).hasMessage("VARCHAR length must be at least 1, was 0");
        assertThat(ReferentialAction.fromSql("set null")).isEqualTo(ReferentialAction.SET_NULL);
    }
}
