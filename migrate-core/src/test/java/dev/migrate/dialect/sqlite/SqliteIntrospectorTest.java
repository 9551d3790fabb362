package dev.migrate.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteIntrospectorTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryTableAsTheCatalogReadsEachOne() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("i.db")); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE users (id INTEGER CONSTRAINT pk_users PRIMARY KEY AUTOINCREMENT,"
                    + " email VARCHAR(200) NOT NULL CONSTRAINT uq_users_email UNIQUE, nick TEXT COLLATE NOCASE)");
            st.execute("CREATE TABLE devices (id BIGINT NOT NULL, serial TEXT, owner_id INTEGER, tenant INT, kind TEXT DEFAULT 'x',"
                    + " price NUMERIC(10, 2) DEFAULT 1.5, twice INTEGER GENERATED ALWAYS AS (owner_id * 2) VIRTUAL,"
                    + " CONSTRAINT pk_devices PRIMARY KEY (id, serial),"
                    + " CONSTRAINT fk_devices_owner FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE CASCADE,"
                    + " FOREIGN KEY (tenant) REFERENCES users ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED,"
                    + " UNIQUE (serial, kind), CONSTRAINT ck_devices_price CHECK (price > 0))");
            st.execute("CREATE INDEX ix_devices_kind ON devices (kind, owner_id)");
            st.execute("CREATE UNIQUE INDEX ix_devices_serial ON devices (serial)");
            st.execute("CREATE INDEX ix_devices_lower ON devices (lower(kind))");
            st.execute("CREATE INDEX ix_devices_partial ON devices (kind) WHERE price > 1");
            st.execute("CREATE INDEX ix_devices_desc ON devices (kind DESC)");
            st.execute("CREATE TABLE \"odd name\" (\"a b\" TEXT)");

            List<Table> tables = SqliteIntrospector.tables(c);

            SqliteCatalog catalog = new SqliteCatalog(c);
            List<Table> oneByOne = new ArrayList<>();
            for (String name : catalog.tableNames()) {
                oneByOne.add(catalog.table(name).orElseThrow());
            }
            assertThat(tables).isEqualTo(oneByOne);
            assertThat(tables).extracting(Table::name).containsExactly("users", "devices", "odd name");
            Table devices = tables.get(1);
            assertThat(devices.primaryKey()).isEqualTo(new PrimaryKey("pk_devices", List.of("id", "serial")));
            assertThat(devices.foreignKeys()).containsExactlyInAnyOrder(
                    new ForeignKey("fk_devices_owner", List.of("owner_id"), "users", List.of("id"), ReferentialAction.CASCADE,
                            ReferentialAction.NO_ACTION, false),
                    new ForeignKey(null, List.of("tenant"), "users", List.of("id"), ReferentialAction.NO_ACTION,
                            ReferentialAction.SET_NULL, true));
            assertThat(devices.uniqueConstraints()).containsExactly(new UniqueConstraint(null, List.of("serial", "kind")));
            assertThat(devices.indexes()).containsExactlyInAnyOrder(new Index("ix_devices_kind", List.of("kind", "owner_id"), false),
                    new Index("ix_devices_serial", List.of("serial"), true));
            assertThat(tables.get(0).columns().get(0).identity()).isTrue();
        }
    }

    @Test
    void comparesDeclaredTypesByAffinity() {
        assertThat(SqliteIntrospector.sameAffinity("BIGINT", "INTEGER")).isTrue();
        assertThat(SqliteIntrospector.sameAffinity("VARCHAR(100)", "TEXT")).isTrue();
        assertThat(SqliteIntrospector.sameAffinity("DOUBLE", "REAL")).isTrue();
        assertThat(SqliteIntrospector.sameAffinity("BOOLEAN", "TIMESTAMP")).isTrue();
        assertThat(SqliteIntrospector.sameAffinity("TEXT", "INTEGER")).isFalse();
        assertThat(SqliteIntrospector.sameAffinity("BLOB", "TEXT")).isFalse();
    }
}
