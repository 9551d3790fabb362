package dev.migrate.autogen;

import static dev.migrate.schema.SqlType.BIGINT;
import static dev.migrate.schema.SqlType.BOOLEAN;
import static dev.migrate.schema.SqlType.INTEGER;
import static dev.migrate.schema.SqlType.NUMERIC;
import static dev.migrate.schema.SqlType.TEXT;
import static dev.migrate.schema.SqlType.TIMESTAMP;
import static dev.migrate.schema.SqlType.UUID;
import static dev.migrate.schema.SqlType.VARCHAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.op.AddColumn;
import dev.migrate.op.AddConstraint;
import dev.migrate.op.AlterColumn;
import dev.migrate.op.BatchAlterTable;
import dev.migrate.op.BulkInsert;
import dev.migrate.op.ColumnChange;
import dev.migrate.op.CreateIndex;
import dev.migrate.op.CreateTable;
import dev.migrate.op.DropColumn;
import dev.migrate.op.DropConstraint;
import dev.migrate.op.DropIndex;
import dev.migrate.op.DropTable;
import dev.migrate.op.Execute;
import dev.migrate.op.Migration;
import dev.migrate.op.MigrationOp;
import dev.migrate.op.RenameColumn;
import dev.migrate.op.RenameTable;
import dev.migrate.op.SetTableComment;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.ServerDefault;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import dev.migrate.script.NewRevision;
import dev.migrate.script.ScriptWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaRendererTest {

    @TempDir
    Path dir;

    static final Table DEVICES = Table.table("devices", t -> t
            .column("id", BIGINT, c -> c.identity())
            .column("owner_id", BIGINT, c -> c.notNull())
            .column("name", VARCHAR(100), c -> c.notNull().defaultValue("new \"one\"\n").comment("Shown"))
            .column("price", NUMERIC(10, 2), c -> c.defaultValue(new BigDecimal("1.50")))
            .column("seen", TIMESTAMP, c -> c.defaultSql("CURRENT_TIMESTAMP").collate("C"))
            .column("total", INTEGER, c -> c.computed("owner_id * 2"))
            .column("v", INTEGER, c -> c.computed("owner_id * 3", false))
            .column("kind", SqlType.raw("citext").on("sqlite", "TEXT COLLATE NOCASE"))
            .column("token", UUID, c -> c.defaultValue(java.util.UUID.fromString("6f1c4f0e-2c7a-4f58-9d8e-1a2b3c4d5e6f")))
            .column("day", SqlType.DATE, c -> c.defaultValue(LocalDate.of(2024, 1, 2)))
            .column("big", BIGINT, c -> c.defaultValue(5_000_000_000L))
            .constraint(PrimaryKey.of("id").named("pk_devices"))
            .constraint(UniqueConstraint.of("owner_id", "name").named("uq_devices_owner_name"))
            .constraint(CheckConstraint.of("ck_devices_price", "price > 0"))
            .constraint(ForeignKey.of("owner_id", "users", "id").onDelete(ReferentialAction.CASCADE)
                    .onUpdate(ReferentialAction.SET_NULL).named("fk_devices_owner"))
            .constraint(ForeignKey.of(List.of("owner_id", "v"), "pairs", List.of("a", "b")).named("fk_pairs"))
            .index(Index.of("name").named("ix_devices_name"))
            .index(Index.uniqueOf("token").named("ix_devices_token"))
            .comment("Things"));

    @Test
    void renderedStatementsEmitTheSameOpsWhenCompiledAndRun() throws Exception {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", 1);
        row.put("at", OffsetDateTime.parse("2024-01-02T03:04:05+02:00"));
        row.put("ok", true);
        List<MigrationOp> ops = List.of(
                new CreateTable(DEVICES),
                new DropTable("legacy", null),
                new RenameTable("a", "b"),
                new Execute("UPDATE x SET y = 'z'"),
                new Execute("VACUUM", Set.of("sqlite")),
                new BulkInsert("kinds", List.of(row, Map.of("id", 2L))),
                new AddColumn("devices", Column.column("note", TEXT, c -> c.notNull().defaultValue(""))),
                new DropColumn("devices", "legacy", null),
                new RenameColumn("devices", "nm", "name"),
                new AlterColumn("devices", "name", List.of(new ColumnChange.SetType(TEXT, VARCHAR(10), "name::text"),
                        new ColumnChange.SetNullable(false),
                        new ColumnChange.SetDefault(ServerDefault.value(0), ServerDefault.sql("'x'::text")),
                        new ColumnChange.SetComment("c", "old"))),
                new AlterColumn("devices", "name", List.of(new ColumnChange.SetDefault(null, ServerDefault.value("a")))),
                new AlterColumn("devices", "name", List.of(new ColumnChange.SetComment(null, null))),
                new CreateIndex("devices", new Index("ix_a", List.of("a", "b"), true)),
                new DropIndex("devices", "ix_b", null),
                new AddConstraint("devices", new UniqueConstraint("uq_a", List.of("a"))),
                new AddConstraint("devices", new PrimaryKey("pk_a", List.of("a"))),
                new AddConstraint("devices", new CheckConstraint("ck_a", "a <> 'b'")),
                new AddConstraint("devices", ForeignKey.of("a", "t", "b").named("fk_a")),
                new DropConstraint("devices", "uq_b", null),
                new SetTableComment("devices", "Things", null),
                new SetTableComment("devices", null, null),
                new BatchAlterTable("devices", List.of(
                        new AddColumn("devices", Column.column("flag", BOOLEAN, c -> c.defaultValue(false))),
                        new AlterColumn("devices", "flag", List.of(new ColumnChange.SetNullable(true))),
                        new DropColumn("devices", "x", null),
                        new CreateIndex("devices", Index.of("flag").named("ix_flag")),
                        new DropConstraint("devices", "fk_x", null),
                        new SetTableComment("devices", null, null)), null),
                new BatchAlterTable("devices", List.of(new DropColumn("devices", "price", null)), DEVICES));

        List<MigrationOp> emitted = run(ops);

        assertThat(emitted).containsExactlyElementsOf(ops);
    }

    @Test
    void changesOfOneColumnThatTheBuilderWouldReorderAreSplitIntoSeveralCalls() throws Exception {
        AlterColumn alter = new AlterColumn("t", "c", List.of(
                new ColumnChange.SetDefault(null, ServerDefault.sql("'a'")),
                new ColumnChange.SetType(INTEGER, TEXT, null),
                new ColumnChange.SetDefault(ServerDefault.value(1), null)));

        JavaRenderer.Rendered r = JavaRenderer.render(List.of(alter));

        assertThat(r.code()).isEqualTo("""
                op.alterColumn("t", "c", c -> c.dropDefault().existingDefault(ServerDefault.sql("'a'")));
                op.alterColumn("t", "c", c -> c.type(INTEGER).existingType(TEXT).defaultValue(1));""");
        assertThat(flatten(run(List.of(alter)))).isEqualTo(alter.changes());
    }

    @Test
    void rendersReadableCodeWithTheImportsItUses() {
        JavaRenderer.Rendered r = JavaRenderer.render(List.of(
                new CreateTable(Table.table("users", t -> t
                        .column("id", BIGINT, c -> c.identity())
                        .column("email", VARCHAR(200), c -> c.notNull())
                        .constraint(PrimaryKey.of("id").named("pk_users")))),
                new AddColumn("devices", Column.column("description", TEXT))));

        assertThat(r.code()).isEqualTo("""
                op.createTable("users", t -> t
                        .column("id", BIGINT, c -> c.identity())
                        .column("email", VARCHAR(200), c -> c.notNull())
                        .constraint(PrimaryKey.of("id").named("pk_users")));
                op.addColumn("devices", column("description", TEXT));""");
        assertThat(r.imports()).containsExactly("dev.migrate.schema.PrimaryKey", "static dev.migrate.op.Ops.column",
                "static dev.migrate.schema.SqlType.BIGINT", "static dev.migrate.schema.SqlType.TEXT",
                "static dev.migrate.schema.SqlType.VARCHAR");
    }

    @Test
    void aNullInABulkInsertCannotBeWritten() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", 1);
        row.put("name", null);

        assertThatThrownBy(() -> JavaRenderer.render(List.of(new BulkInsert("kinds", List.of(row)))))
                .hasMessage("Cannot write row 1 of the bulk insert into kinds as Java: column name is NULL, which"
                        + " Map.ofEntries cannot hold; leave the column out of the row to insert its default instead");
    }

    private List<MigrationOp> run(List<MigrationOp> ops) throws Exception {
        JavaRenderer.Rendered r = JavaRenderer.render(ops);
        NewRevision revision = NewRevision.of("rendered").withId("abc123");
        String source = ScriptWriter.renderJava(revision, "gen", "Rendered", r.code(), "", r.imports());
        Migration m = CompiledMigrations.compile(dir, "gen", "Rendered", source);
        return CompiledMigrations.upgradeOps(m, "postgresql");
    }

    private static List<ColumnChange> flatten(List<MigrationOp> ops) {
        List<ColumnChange> out = new ArrayList<>();
        for (MigrationOp op : ops) {
            out.addAll(((AlterColumn) op).changes());
        }
        return out;
    }
}
