package dev.migrate.autogen;

import static dev.migrate.schema.SqlType.BIGINT;
import static dev.migrate.schema.SqlType.INTEGER;
import static dev.migrate.schema.SqlType.TEXT;
import static dev.migrate.schema.SqlType.VARCHAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.dialect.Dialect;
import dev.migrate.op.AddColumn;
import dev.migrate.op.AddConstraint;
import dev.migrate.op.AlterColumn;
import dev.migrate.op.BatchAlterTable;
import dev.migrate.op.ColumnChange;
import dev.migrate.op.CreateIndex;
import dev.migrate.op.CreateTable;
import dev.migrate.op.DropColumn;
import dev.migrate.op.DropConstraint;
import dev.migrate.op.DropTable;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.ServerDefault;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparison and the order of its ops, without a database. */
class SchemaComparisonTest {

    static final Autogenerator POSTGRES = new Autogenerator(Dialect.forName("postgresql"), CompareOptions.defaults()
            .compareServerDefaults(true));
    static final Autogenerator SQLITE = new Autogenerator(Dialect.forName("sqlite"), CompareOptions.defaults()
            .compareServerDefaults(true));

    static final Table USERS = Table.table("users", t -> t.column("id", BIGINT, c -> c.primaryKey()));

    @Test
    void createsReferredTablesFirstAndAddsKeysOfACycleAfterAllTables() {
        Table a = Table.table("a", t -> t.column("id", INTEGER, c -> c.primaryKey()).column("b_id", INTEGER, c -> c.references("b", "id")));
        Table b = Table.table("b", t -> t.column("id", INTEGER, c -> c.primaryKey()).column("a_id", INTEGER, c -> c.references("a", "id")));
        Table c = Table.table("c", t -> t.column("id", INTEGER, o -> o.primaryKey()).column("a_id", INTEGER, o -> o.references("a", "id")));

        SchemaDiff diff = POSTGRES.compare(List.of(c, a, b), List.of());

        ForeignKey aToB = a.foreignKeys().get(0);
        assertThat(diff.upgradeOps()).containsExactly(
                new CreateTable(a.withForeignKeys(List.of())),
                new CreateTable(c),
                new CreateTable(b),
                new AddConstraint("a", aToB));
        assertThat(diff.downgradeOps()).containsExactly(
                new DropConstraint("a", aToB.name(), aToB),
                new DropTable("b", b),
                new DropTable("c", c),
                new DropTable("a", a.withForeignKeys(List.of())));
    }

    @Test
    void onSqliteTablesOfACycleKeepTheirKeysInline() {
        Table a = Table.table("a", t -> t.column("id", INTEGER, c -> c.primaryKey()).column("b_id", INTEGER, c -> c.references("b", "id")));
        Table b = Table.table("b", t -> t.column("id", INTEGER, c -> c.primaryKey()).column("a_id", INTEGER, c -> c.references("a", "id")));

        assertThat(SQLITE.compare(List.of(a, b), List.of()).upgradeOps()).containsExactly(new CreateTable(a), new CreateTable(b));
    }

    @Test
    void dropsForeignKeysBeforeTablesAndReferringTablesBeforeReferredOnes() {
        Table parent = Table.table("parent", t -> t.column("id", INTEGER, c -> c.primaryKey()));
        Table child = Table.table("child", t -> t.column("id", INTEGER, c -> c.primaryKey())
                .column("parent_id", INTEGER, c -> c.references("parent", "id")));
        Table keeper = Table.table("keeper", t -> t.column("id", INTEGER, c -> c.primaryKey())
                .column("parent_id", INTEGER, c -> c.references("parent", "id")));
        Table keeperAfter = Table.table("keeper", t -> t.column("id", INTEGER, c -> c.primaryKey()).column("parent_id", INTEGER));

        SchemaDiff diff = POSTGRES.compare(List.of(keeperAfter), List.of(parent, child, keeper));

        ForeignKey keeperKey = keeper.foreignKeys().get(0);
        assertThat(diff.upgradeOps()).containsExactly(
                new DropConstraint("keeper", keeperKey.name(), keeperKey),
                new DropTable("child", child),
                new DropTable("parent", parent));
    }

    @Test
    void onSqliteTheChangesOfATableFormOneBatch() {
        Table before = Table.table("devices", t -> t.column("id", INTEGER, c -> c.primaryKey()).column("name", TEXT)
                .column("legacy", INTEGER).column("owner_id", BIGINT));
        Table after = Table.table("devices", t -> t.column("id", INTEGER, c -> c.primaryKey()).column("name", TEXT, c -> c.notNull())
                .column("owner_id", BIGINT, c -> c.references("users", "id")).column("note", TEXT).index("note"));

        SchemaDiff diff = SQLITE.compare(List.of(USERS, after), List.of(USERS, before));

        assertThat(diff.upgradeOps()).containsExactly(new BatchAlterTable("devices", List.of(
                new AddColumn("devices", after.column("note").orElseThrow()),
                new AlterColumn("devices", "name", List.of(new ColumnChange.SetNullable(false))),
                new DropColumn("devices", "legacy", before.column("legacy").orElseThrow()),
                new CreateIndex("devices", after.indexes().get(0)),
                new AddConstraint("devices", after.foreignKeys().get(0))), null));
        assertThat(diff.downgradeOps()).containsExactly(new BatchAlterTable("devices", List.of(
                new DropConstraint("devices", after.foreignKeys().get(0).name(), after.foreignKeys().get(0)),
                new dev.migrate.op.DropIndex("devices", "ix_devices_note", after.indexes().get(0)),
                new AddColumn("devices", before.column("legacy").orElseThrow()),
                new AlterColumn("devices", "name", List.of(new ColumnChange.SetNullable(true))),
                new DropColumn("devices", "note", after.column("note").orElseThrow())), null));
    }

    @Test
    void onSqliteChangesThatNeedNoRebuildStayPlainOps() {
        Table before = Table.table("devices", t -> t.column("id", INTEGER, c -> c.primaryKey()));
        Table after = Table.table("devices", t -> t.column("id", INTEGER, c -> c.primaryKey()).column("note", TEXT).index("note"));

        assertThat(SQLITE.compare(List.of(after), List.of(before)).upgradeOps()).containsExactly(
                new AddColumn("devices", after.column("note").orElseThrow()), new CreateIndex("devices", after.indexes().get(0)));
    }

    @Test
    void typesCompareWithTheDatabasesOwnEquivalences() {
        assertThat(POSTGRES.compare(List.of(table(SqlType.raw("int4"))), List.of(table(INTEGER))).isEmpty()).isTrue();
        assertThat(POSTGRES.compare(List.of(table(SqlType.raw("character varying(100)"))), List.of(table(VARCHAR(100)))).isEmpty())
                .isTrue();
        assertThat(POSTGRES.compare(List.of(table(SqlType.raw("TIMESTAMPTZ"))), List.of(table(SqlType.TIMESTAMP_WITH_TIME_ZONE)))
                .isEmpty()).isTrue();
        assertThat(POSTGRES.compare(List.of(table(BIGINT)), List.of(table(INTEGER))).report()).isEqualTo("""
                1 difference between the declared schema and the database:
                  - changed type of 't.c' from INTEGER to BIGINT""");
        assertThat(SQLITE.compare(List.of(table(BIGINT)), List.of(table(INTEGER))).isEmpty()).isTrue();
        assertThat(SQLITE.compare(List.of(table(VARCHAR(10))), List.of(table(TEXT))).isEmpty()).isTrue();
        assertThat(SQLITE.compare(List.of(table(TEXT)), List.of(table(INTEGER))).report()).isEqualTo("""
                1 difference between the declared schema and the database:
                  - changed type of 't.c' from INTEGER to TEXT""");
    }

    @Test
    void aPostgresTypeChangeBetweenFamiliesConvertsWithUsing() {
        SchemaDiff diff = POSTGRES.compare(List.of(table(INTEGER)), List.of(table(TEXT)));

        assertThat(diff.upgradeOps()).containsExactly(new AlterColumn("t", "c", List.of(new ColumnChange.SetType(INTEGER, TEXT,
                "c::INTEGER"))));
        assertThat(diff.downgradeOps()).containsExactly(new AlterColumn("t", "c", List.of(new ColumnChange.SetType(TEXT, INTEGER,
                "c::TEXT"))));
        assertThat(POSTGRES.compare(List.of(table(BIGINT)), List.of(table(INTEGER))).upgradeOps()).containsExactly(
                new AlterColumn("t", "c", List.of(new ColumnChange.SetType(BIGINT, INTEGER, null))));
    }

    @Test
    void whenTheTypeAndTheDefaultChangeTheOldDefaultGoesBeforeTheTypeChanges() {
        Table before = Table.table("t", t -> t.column("c", TEXT, c -> c.defaultValue("x")));
        Table after = Table.table("t", t -> t.column("c", INTEGER, c -> c.notNull().defaultValue(1)));

        SchemaDiff diff = POSTGRES.compare(List.of(after), List.of(before));

        assertThat(diff.upgradeOps()).containsExactly(new AlterColumn("t", "c", List.of(
                new ColumnChange.SetDefault(null, ServerDefault.value("x")),
                new ColumnChange.SetType(INTEGER, TEXT, "c::INTEGER"),
                new ColumnChange.SetNullable(false),
                new ColumnChange.SetDefault(ServerDefault.value(1), null))));
        assertThat(diff.differences()).extracting(Difference::description).containsExactly(
                "changed type of 't.c' from TEXT to INTEGER",
                "changed nullability of 't.c': NOT NULL (was NULL allowed)",
                "changed server default of 't.c' from 'x' to 1");
    }

    @Test
    void aPrimaryKeyColumnDeclaredNullableIsNotADifference() {
        Table declared = new Table("t", List.of(Column.column("id", INTEGER)), PrimaryKey.of("id").named("pk_t"), List.of(), List.of(),
                List.of(), List.of(), null);
        Table live = new Table("t", List.of(Column.column("id", INTEGER).withNullable(false)), PrimaryKey.of("id").named("pk_t"),
                List.of(), List.of(), List.of(), List.of(), null);

        assertThat(POSTGRES.compare(List.of(declared), List.of(live)).isEmpty()).isTrue();
    }

    @Test
    void keysMatchByWhatTheyDoAndUniqueConstraintsWithoutANameByTheirColumns() {
        ForeignKey declaredKey = ForeignKey.of("user_id", "users", "id").named("fk_declared");
        ForeignKey liveKey = ForeignKey.of("user_id", "users", "id").named("fk_other_name");
        Table declared = Table.table("t", t -> t.column("user_id", BIGINT).constraint(declaredKey).unique("user_id"));
        Table live = new Table("t", declared.columns(), null, List.of(new UniqueConstraint(null, List.of("user_id"))), List.of(),
                List.of(liveKey), List.of(), null);

        assertThat(POSTGRES.compare(List.of(USERS, declared), List.of(USERS, live)).report()).isEqualTo(SchemaDiff.NO_CHANGES);
    }

    @Test
    void aConstraintToRemoveThatHasNoNameCannotBeDropped() {
        Table declared = Table.table("t", t -> t.column("a", TEXT));
        Table live = new Table("t", declared.columns(), null, List.of(new UniqueConstraint(null, List.of("a"))), List.of(),
                List.of(), List.of(), null);

        assertThatThrownBy(() -> SQLITE.compare(List.of(declared), List.of(live)))
                .hasMessage("Autogenerate found a unique constraint on (a) on table t in the database that is no longer"
                        + " declared, but the database keeps no name for it, so no migration can drop it by name. Declare it"
                        + " again, or drop it with op.batch(...) on SQLite (a rebuild without it), or exclude table t from"
                        + " autogenerate");
    }

    @Test
    void notesPossibleRenames() {
        Table before = Table.table("users", t -> t.column("id", INTEGER).column("nick", VARCHAR(50)));
        Table after = Table.table("users", t -> t.column("id", INTEGER).column("nickname", VARCHAR(50)).column("age", INTEGER));
        Table oldName = Table.table("people", t -> t.column("id", INTEGER).column("name", TEXT));
        Table newName = Table.table("persons", t -> t.column("id", INTEGER).column("name", TEXT));

        SchemaDiff diff = POSTGRES.compare(List.of(after, newName), List.of(before, oldName));

        assertThat(diff.notes()).containsExactly(
                "Possible rename: table 'users' drops column 'nick' and adds column 'nickname' of the same type (VARCHAR(50))."
                        + " If it is a rename, replace the two with op.renameColumn(\"users\", \"nick\", \"nickname\") to keep"
                        + " the data.",
                "Possible rename: table 'people' is dropped and table 'persons' created with the same columns. If it is a"
                        + " rename, replace the two with op.renameTable(\"people\", \"persons\") to keep the data.");
        assertThat(diff.report()).isEqualTo("""
                5 differences between the declared schema and the database:
                  - added table 'persons'
                  - removed table 'people'
                  - added column 'users.nickname' (VARCHAR(50))
                  - added column 'users.age' (INTEGER)
                  - removed column 'users.nick'
                  note: Possible rename: table 'users' drops column 'nick' and adds column 'nickname' of the same type\
                 (VARCHAR(50)). If it is a rename, replace the two with op.renameColumn("users", "nick", "nickname") to keep\
                 the data.
                  note: Possible rename: table 'people' is dropped and table 'persons' created with the same columns. If it\
                 is a rename, replace the two with op.renameTable("people", "persons") to keep the data.""");
    }

    @Test
    void patternsMustBeNamesWithoutSurroundingSpaces() {
        assertThatThrownBy(() -> CompareOptions.defaults().includeTables(" audit"))
                .hasMessage("The table name pattern ' audit' has leading or trailing spaces; remove them");
        assertThatThrownBy(() -> CompareOptions.defaults().excludeTables(""))
                .hasMessage("A table name pattern for autogenerate is empty; give a name such as 'audit_*' or leave the pattern out");
        assertThat(CompareOptions.defaults().includeTables("app_?x*").compares("APP_1x_orders")).isTrue();
        assertThat(CompareOptions.defaults().includeTables("app_?x*").compares("app_12x")).isFalse();
    }

    private static Table table(SqlType type) {
        return Table.table("t", t -> t.column("c", type));
    }

}
