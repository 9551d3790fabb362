package dev.migrate.dialect;

import static dev.migrate.schema.SqlType.INTEGER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.op.AddConstraint;
import dev.migrate.op.CreateTable;
import dev.migrate.op.DropConstraint;
import dev.migrate.op.DropTable;
import dev.migrate.op.Execute;
import dev.migrate.op.MigrationOp;
import dev.migrate.schema.MetaData;
import dev.migrate.schema.Table;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchemaCreatorTest {

    static final MetaData CYCLE = MetaData.builder()
            .table("a", t -> t.column("id", INTEGER, c -> c.primaryKey()).column("c_id", INTEGER, c -> c.references("c", "id")))
            .table("b", t -> t.column("id", INTEGER, c -> c.primaryKey()).column("a_id", INTEGER, c -> c.references("a", "id")))
            .table("c", t -> t.column("id", INTEGER, c -> c.primaryKey()).column("b_id", INTEGER, c -> c.references("b", "id"))
                    .column("self_id", INTEGER, c -> c.references("c", "id")))
            .table("lonely", t -> t.column("id", INTEGER))
            .build();

    static SchemaInventory empty() {
        return inventory(Set.of());
    }

    static SchemaInventory inventory(Set<String> tables) {
        return new SchemaInventory() {
            @Override
            public Set<String> tables() {
                return tables;
            }

            @Override
            public Set<String> indexes(String table) {
                return Set.of();
            }

            @Override
            public Set<String> constraints(String table) {
                return Set.of("fk_a_c_id_c");
            }
        };
    }

    @Test
    void ordersTablesDepthFirstSoOnlyTheKeyClosingACycleComesLate() {
        assertThat(SchemaCreator.creationOrder(CYCLE)).extracting(Table::name).containsExactly("b", "c", "a", "lonely");
    }

    @Test
    void onPostgresqlTheKeyClosingACycleIsAddedAfterTheTables() throws Exception {
        List<MigrationOp> ops = new SchemaCreator(Dialect.forName("postgresql")).createOps(CYCLE, empty());
        assertThat(ops).extracting(MigrationOp::description).containsExactly("create table b", "create table c",
                "create table a", "create table lonely", "add foreign key fk_b_a_id_a to b");
        assertThat(((CreateTable) ops.get(0)).table().foreignKeys()).isEmpty();
        assertThat(((CreateTable) ops.get(1)).table().foreignKeys()).hasSize(2);
        assertThat(((AddConstraint) ops.get(4)).constraint().name()).isEqualTo("fk_b_a_id_a");
    }

    @Test
    void onSqliteKeysStayInsideCreateTable() throws Exception {
        List<MigrationOp> ops = new SchemaCreator(Dialect.forName("sqlite")).createOps(CYCLE, empty());
        assertThat(ops).extracting(MigrationOp::description).containsExactly("create table b", "create table c",
                "create table a", "create table lonely");
        assertThat(((CreateTable) ops.get(0)).table().foreignKeys()).hasSize(1);
    }

    @Test
    void dropsInReverseOrderAfterTheKeysOfCycles() throws Exception {
        List<MigrationOp> pg = new SchemaCreator(Dialect.forName("postgresql")).dropOps(CYCLE, inventory(Set.of("a", "b", "c")));
        assertThat(pg).extracting(MigrationOp::description).containsExactly("drop table a", "drop table c", "drop table b");
        List<MigrationOp> pgWithKey = new SchemaCreator(Dialect.forName("postgresql")).dropOps(CYCLE,
                new SchemaInventory() {
                    public Set<String> tables() {
                        return Set.of("a", "b", "c");
                    }

                    public Set<String> indexes(String table) {
                        return Set.of();
                    }

                    public Set<String> constraints(String table) {
                        return Set.of("fk_b_a_id_a");
                    }
                });
        assertThat(pgWithKey.get(0)).isInstanceOf(DropConstraint.class);
        assertThat(pgWithKey).extracting(MigrationOp::description).containsExactly("drop constraint fk_b_a_id_a on b",
                "drop table a", "drop table c", "drop table b");
        List<MigrationOp> sqlite = new SchemaCreator(Dialect.forName("sqlite")).dropOps(CYCLE, inventory(Set.of("a", "b", "c", "lonely")));
        assertThat(sqlite.get(0)).isEqualTo(new Execute("PRAGMA defer_foreign_keys = ON", Set.of("sqlite")));
        assertThat(sqlite.subList(1, 5)).extracting(o -> ((DropTable) o).table()).containsExactly("lonely", "a", "c", "b");
    }
}
