package dev.migrate.op;

import static dev.migrate.op.Ops.column;
import static dev.migrate.schema.SqlType.BIGINT;
import static dev.migrate.schema.SqlType.INTEGER;
import static dev.migrate.schema.SqlType.TEXT;
import static dev.migrate.schema.SqlType.VARCHAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.op.ColumnChange.SetComment;
import dev.migrate.op.ColumnChange.SetDefault;
import dev.migrate.op.ColumnChange.SetNullable;
import dev.migrate.op.ColumnChange.SetType;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.ServerDefault;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpsTest {

    final List<MigrationOp> emitted = new ArrayList<>();
    final Ops op = new Ops(emitted::add, "sqlite", null);

    @Test
    void eachMethodEmitsOneOpWithConventionalNames() throws Exception {
        op.createTable("devices", t -> t.column("id", BIGINT, c -> c.primaryKey().identity()).column("name", TEXT));
        op.addColumn("devices", column("description", TEXT));
        op.dropColumn("devices", "legacy");
        op.renameColumn("devices", "name", "title");
        op.alterColumn("devices", "title", c -> c.type(VARCHAR(200)).existingType(TEXT).notNull());
        op.createIndex("devices", "title");
        op.createIndex("devices", Index.uniqueOf("description").named("devices_description_key"));
        op.dropIndex("devices", "ix_devices_title");
        op.createPrimaryKey("devices", "id");
        op.createUniqueConstraint("devices", "title", "description");
        op.createForeignKey("devices", ForeignKey.of("owner_id", "users", "id").onDelete(ReferentialAction.CASCADE));
        op.createCheckConstraint("devices", "title_not_empty", "title <> ''");
        op.dropConstraint("devices", "uq_devices_title_description");
        op.execute("UPDATE devices SET title = 'x'");
        op.executeOn("postgresql", "VACUUM devices");
        op.bulkInsert("devices", List.of(Map.of("id", 1, "title", "a")));
        op.setTableComment("devices", "All devices");
        op.renameTable("devices", "gadgets");
        op.dropTable("gadgets");

        assertThat(emitted).containsExactly(
                new CreateTable(Table.table("devices", t -> t.column("id", BIGINT, c -> c.primaryKey().identity()).column("name", TEXT))),
                new AddColumn("devices", column("description", TEXT)),
                new DropColumn("devices", "legacy", null),
                new RenameColumn("devices", "name", "title"),
                new AlterColumn("devices", "title", List.of(new SetType(VARCHAR(200), TEXT, null), new SetNullable(false))),
                new CreateIndex("devices", new Index("ix_devices_title", List.of("title"), false)),
                new CreateIndex("devices", new Index("devices_description_key", List.of("description"), true)),
                new DropIndex("devices", "ix_devices_title", null),
                new AddConstraint("devices", new PrimaryKey("pk_devices", List.of("id"))),
                new AddConstraint("devices", new UniqueConstraint("uq_devices_title_description", List.of("title", "description"))),
                new AddConstraint("devices", new ForeignKey("fk_devices_owner_id_users", List.of("owner_id"), "users",
                        List.of("id"), ReferentialAction.CASCADE, ReferentialAction.NO_ACTION)),
                new AddConstraint("devices", new CheckConstraint("ck_devices_title_not_empty", "title <> ''")),
                new DropConstraint("devices", "uq_devices_title_description", null),
                new Execute("UPDATE devices SET title = 'x'"),
                new Execute("VACUUM devices", Set.of("postgresql")),
                new BulkInsert("devices", List.of(Map.of("id", 1, "title", "a"))),
                new SetTableComment("devices", "All devices", null),
                new RenameTable("devices", "gadgets"),
                new DropTable("gadgets", null));
        assertThat(emitted.get(5).description()).isEqualTo("create index ix_devices_title on devices");
        assertThat(emitted.get(14).description()).isEqualTo("execute VACUUM devices");
    }

    @Test
    void aBatchCollectsTheChangesOfOneTable() throws Exception {
        op.batch("devices", b -> b.addColumn(column("serial", VARCHAR(40), c -> c.notNull().defaultValue("")))
                .alterColumn("name", c -> c.nullable().dropDefault())
                .dropColumn("legacy")
                .createIndex("serial")
                .createForeignKey(ForeignKey.of("owner_id", "users", "id")));

        assertThat(emitted).containsExactly(new BatchAlterTable("devices", List.of(
                new AddColumn("devices", column("serial", VARCHAR(40), c -> c.notNull().defaultValue(""))),
                new AlterColumn("devices", "name", List.of(new SetNullable(true), new SetDefault(null, null))),
                new DropColumn("devices", "legacy", null),
                new CreateIndex("devices", new Index("ix_devices_serial", List.of("serial"), false)),
                new AddConstraint("devices", new ForeignKey("fk_devices_owner_id_users", List.of("owner_id"), "users",
                        List.of("id"), null, null))), null));
        assertThat(emitted.get(0).description()).isEqualTo("batch alter table devices (5 changes)");
    }

    @Test
    void aBatchWithCopyFromCarriesTheDefinition() throws Exception {
        Table devices = Table.table("devices", t -> t.column("id", INTEGER).column("name", TEXT));
        op.batch(devices, b -> b.dropColumn("name"));
        assertThat(emitted).containsExactly(new BatchAlterTable("devices", List.of(new DropColumn("devices", "name", null)), devices));
    }

    @Test
    void everyReversibleOpKnowsItsReverse() {
        Table t = Table.table("t", x -> x.column("a", INTEGER));
        var col = column("b", TEXT);
        var idx = new Index("ix_t_a", List.of("a"), false);
        var fk = new ForeignKey("fk", List.of("a"), "u", List.of("id"), null, null);

        assertThat(new CreateTable(t).reverse()).contains(new DropTable("t", t));
        assertThat(new DropTable("t", t).reverse()).contains(new CreateTable(t));
        assertThat(new DropTable("t", null).reverse()).isEmpty();
        assertThat(new RenameTable("t", "u").reverse()).contains(new RenameTable("u", "t"));
        assertThat(new AddColumn("t", col).reverse()).contains(new DropColumn("t", "b", col));
        assertThat(new DropColumn("t", "b", col).reverse()).contains(new AddColumn("t", col));
        assertThat(new DropColumn("t", "b", null).reverse()).isEmpty();
        assertThat(new RenameColumn("t", "a", "z").reverse()).contains(new RenameColumn("t", "z", "a"));
        assertThat(new CreateIndex("t", idx).reverse()).contains(new DropIndex("t", "ix_t_a", idx));
        assertThat(new DropIndex("t", "ix_t_a", idx).reverse()).contains(new CreateIndex("t", idx));
        assertThat(new DropIndex("t", "ix_t_a", null).reverse()).isEmpty();
        assertThat(new AddConstraint("t", fk).reverse()).contains(new DropConstraint("t", "fk", fk));
        assertThat(new DropConstraint("t", "fk", fk).reverse()).contains(new AddConstraint("t", fk));
        assertThat(new DropConstraint("t", "fk", null).reverse()).isEmpty();
        assertThat(new SetTableComment("t", "new", "old").reverse()).contains(new SetTableComment("t", "old", "new"));
        assertThat(new Execute("SELECT 1").reverse()).isEmpty();
        assertThat(new BulkInsert("t", List.of(Map.of("a", 1))).reverse()).isEmpty();
        assertThat(new AlterColumn("t", "a", List.of(new SetType(TEXT, INTEGER, null), new SetNullable(false),
                new SetDefault(ServerDefault.value(1), null), new SetComment("c", "old"))).reverse())
                .contains(new AlterColumn("t", "a", List.of(new SetComment("old", "c"), new SetDefault(null, ServerDefault.value(1)),
                        new SetNullable(true), new SetType(INTEGER, TEXT, null))));
        assertThat(new AlterColumn("t", "a", List.of(new SetType(TEXT, null, null))).reverse()).isEmpty();
        assertThat(new BatchAlterTable("t", List.of(new AddColumn("t", col), new CreateIndex("t", idx)), null).reverse())
                .contains(new BatchAlterTable("t", List.of(new DropIndex("t", "ix_t_a", idx), new DropColumn("t", "b", col)), null));
        assertThat(new BatchAlterTable("t", List.of(new DropColumn("t", "b", null)), null).reverse()).isEmpty();
    }

    @Test
    void dropsGivenWholeUseConventionalNamesAndAreReversible() throws Exception {
        op.dropIndex("t", Index.of("a"));
        op.dropConstraint("t", UniqueConstraint.of("a"));
        op.dropColumn("t", column("a", INTEGER));
        assertThat(emitted).containsExactly(
                new DropIndex("t", "ix_t_a", new Index("ix_t_a", List.of("a"), false)),
                new DropConstraint("t", "uq_t_a", new UniqueConstraint("uq_t_a", List.of("a"))),
                new DropColumn("t", "a", column("a", INTEGER)));
        assertThat(emitted.get(1).reverse()).contains(new AddConstraint("t", new UniqueConstraint("uq_t_a", List.of("a"))));
    }

    @Test
    void offlineThereIsNoConnection() {
        assertThat(op.isOffline()).isTrue();
        assertThat(op.dialect()).isEqualTo("sqlite");
        assertThatThrownBy(op::connection).isInstanceOf(IllegalStateException.class)
                .hasMessage("op.connection() is not available in an offline (--sql) run: there is no database."
                        + " Express the change with op.execute(...) or op.bulkInsert(...), or check op.isOffline() first");
    }

    @Test
    void rejectsOpsThatCannotBeRendered() {
        assertThatThrownBy(() -> op.batch("devices", b -> b.add(new DropTable("other", null))))
                .hasMessage("a batch on table devices holds only changes to that table, not 'drop table other'");
        assertThatThrownBy(() -> new BatchAlterTable("devices", List.of(new DropColumn("other", "a", null)), null))
                .hasMessage("a batch on table devices cannot hold 'drop column other.a', which changes table other");
        assertThatThrownBy(() -> op.alterColumn("t", "a", c -> { }))
                .hasMessage("altering column t.a needs at least one change");
        assertThatThrownBy(() -> new AddConstraint("t", new CheckConstraint(null, "a > 0")))
                .hasMessage("a check constraint to add to table t needs a name");
        assertThatThrownBy(() -> op.bulkInsert("t", List.of(Map.of())))
                .hasMessage("row 1 of the bulk insert into t has no columns");
    }
}
