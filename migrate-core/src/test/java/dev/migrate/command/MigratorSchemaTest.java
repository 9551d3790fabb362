package dev.migrate.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.dialect.SchemaCreatorContract;
import dev.migrate.schema.MetaData;
import dev.migrate.schema.Table;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Migrator#createAll} and {@link Migrator#dropAll} through the Java API, on the dialect tests'
 * 30-table schema with foreign-key cycles (the DDL itself is tested by {@code SchemaCreatorContract}).
 */
class MigratorSchemaTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = { "sqlite", "postgresql" })
    void createAllThenDropAllLeavesOnlyWhatWasNotDeclared(String dialect) throws Exception {
        MetaData schema = SchemaCreatorContract.thirtyTables();
        List<String> declared = schema.tables().stream().map(Table::name).toList();
        try (Db db = Db.create(dialect, dir); Migrator migrator = db.migrator().build()) {
            db.run("CREATE TABLE keep_me (id INTEGER)");

            SchemaResult created = migrator.createAll(schema);

            assertThat(created.tables()).containsExactlyElementsOf(declared);
            assertThat(created.statements()).anySatisfy(sql -> assertThat(sql).startsWith("CREATE TABLE"));
            assertThat(tables(db)).containsExactlyInAnyOrderElementsOf(with(declared, "keep_me"));
            assertThat(migrator.current().revisions()).as("nothing stamped").isEmpty();

            SchemaResult again = migrator.createAll(schema);

            assertThat(again.tables()).isEmpty();
            assertThat(again.statements()).isEmpty();

            SchemaResult dropped = migrator.dropAll(schema);

            assertThat(dropped.tables()).containsExactlyElementsOf(declared);
            assertThat(tables(db)).containsExactly("keep_me");
            assertThat(migrator.dropAll(schema).tables()).isEmpty();
        }
    }

    @Test
    void withoutADatabaseCreateAllSaysWhatIsMissing() {
        try (Migrator migrator = Migrator.builder().build()) {
            assertThatThrownBy(() -> migrator.createAll(SchemaCreatorContract.thirtyTables()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("'create-all' needs a database, and none is configured");
        }
    }

    private static List<String> tables(Db db) throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection c = db.connect();
                ResultSet rs = c.getMetaData().getTables(null, db.postgres() != null ? "public" : null, "%",
                        new String[] { "TABLE" })) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    private static List<String> with(List<String> names, String extra) {
        List<String> all = new ArrayList<>(names);
        all.add(extra);
        return all;
    }
}
