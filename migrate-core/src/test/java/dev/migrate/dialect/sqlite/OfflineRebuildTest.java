package dev.migrate.dialect.sqlite;

import static dev.migrate.op.Ops.column;
import static dev.migrate.schema.SqlType.BIGINT;
import static dev.migrate.schema.SqlType.TEXT;
import static dev.migrate.schema.SqlType.VARCHAR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.dialect.Catalog;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.SchemaTracker;
import dev.migrate.dialect.TableLookup;
import dev.migrate.op.MigrationOp;
import dev.migrate.op.Ops;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.ReferentialAction;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An offline (--sql) run follows the schema through its ops with a {@link SchemaTracker}, so a
 * later rebuild knows the table without a database; running that script gives the same schema as
 * running the ops online.
 */
class OfflineRebuildTest {

    @TempDir
    Path dir;

    final Dialect sqlite = Dialect.forName("sqlite");

    static void migrations(Ops op) throws Exception {
        op.createTable("users", t -> t.column("id", BIGINT, c -> c.primaryKey().identity()).column("email", VARCHAR(100)));
        op.createTable("devices", t -> t
                .column("id", BIGINT, c -> c.primaryKey().identity())
                .column("owner_id", BIGINT, c -> c.references("users", "id"))
                .column("name", TEXT, c -> c.notNull())
                .index("name"));
        op.addColumn("devices", column("serial", TEXT));
        op.renameColumn("users", "email", "mail");
        op.batch("devices", b -> b.alterColumn("serial", c -> c.type(VARCHAR(40)).notNull().defaultValue(""))
                .createForeignKey(ForeignKey.of("owner_id", "users", "id").onDelete(ReferentialAction.CASCADE).named("fk_owner"))
                .dropConstraint("fk_devices_owner_id_users"));
        op.renameTable("users", "people");
        op.alterColumn("devices", "name", c -> c.nullable());
        op.createCheckConstraint("people", "mail_has_at", "mail LIKE '%@%'");
        op.batch("people", b -> b.renameColumn("mail", "email").alterColumn("email", c -> c.notNull()));
    }

    @Test
    void anOfflineScriptBuildsTheSameSchemaAsTheOnlineRun() throws Exception {
        SchemaTracker tracker = new SchemaTracker(sqlite, TableLookup.none());
        List<String> script = new ArrayList<>();
        Ops offline = new Ops(o -> {
            script.addAll(sqlite.statements(o, tracker));
            tracker.apply(o);
        }, "sqlite", null);
        migrations(offline);

        assertThat(tracker.table("devices").orElseThrow().foreignKeys()).extracting(ForeignKey::name, ForeignKey::referredTable)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fk_owner", "people"));
        assertThat(tracker.table("users")).isEmpty();
        assertThat(tracker.table("people").orElseThrow().columnNames()).containsExactly("id", "email");

        try (Connection scripted = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("offline.db"));
                Connection online = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("online.db"))) {
            try (Statement s = scripted.createStatement()) {
                for (String sql : script) {
                    s.execute(sql);
                }
            }
            migrations(new Ops((MigrationOp o) -> {
                try (Statement s = online.createStatement()) {
                    for (String sql : sqlite.statements(o, sqlite.liveTables(online))) {
                        s.execute(sql);
                    }
                }
            }, "sqlite", online));
            // tables compared as SQLite describes them: online, SQLite 3.53+ adds and drops checks and
            // NOT NULL in place (editing the stored CREATE TABLE), where the script rebuilds
            String objects = "SELECT type, name, CASE WHEN type = 'table' THEN NULL ELSE sql END FROM sqlite_schema ORDER BY type, name";
            assertThat(new Catalog(scripted).rows(objects)).isEqualTo(new Catalog(online).rows(objects))
                    .extracting(r -> r.get(1)).contains("people", "devices", "ix_devices_name");
            for (String table : List.of("people", "devices")) {
                assertThat(new SqliteCatalog(scripted).describe(table).orElseThrow().table())
                        .isEqualTo(new SqliteCatalog(online).describe(table).orElseThrow().table());
            }
        }
    }

    @Test
    void aTableWhoseDeclaredDefinitionDoesNotFitTheRunIsForgottenNotGuessed() throws Exception {
        dev.migrate.schema.MetaData head = dev.migrate.schema.MetaData.builder()
                .table("devices", t -> t.column("id", BIGINT, c -> c.primaryKey()).column("name", TEXT)).build();
        SchemaTracker tracker = new SchemaTracker(sqlite, TableLookup.of(head));
        assertThat(tracker.table("devices")).isPresent();

        tracker.apply(new dev.migrate.op.DropColumn("devices", "legacy", null));

        assertThat(tracker.table("devices")).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sqlite.statements(
                new dev.migrate.op.AlterColumn("devices", "name", List.of(new dev.migrate.op.ColumnChange.SetNullable(false))), tracker))
                .hasMessageStartingWith("Cannot rebuild SQLite table devices in an offline (--sql) run");
        tracker.apply(new dev.migrate.op.CreateTable(head.tables().get(0)));
        assertThat(tracker.table("devices")).isPresent();
    }
}
