package dev.migrate.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.jdbc.SqlSplitter;
import dev.migrate.jdbc.SqlStatement;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** upgrade/downgrade/stamp --sql: the SQL is written without connecting, and running it does what online runs do. */
class MigratorOfflineTest {

    static final String BRANCHES = MigratorRunTest.BRANCHES;

    @TempDir
    Path dir;

    static void runScript(Db db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (SqlStatement s : SqlSplitter.split(sql)) {
                st.execute(s.sql());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void theOfflineUpgradeBuildsTheSameSchemaAsTheOnlineOne(String dialect) throws Exception {
        try (Db offline = Db.create(dialect, dir); Db online = Db.create(dialect, dir)) {
            String sql = offline.migrator(BRANCHES).build().upgradeSql("heads");
            runScript(offline, sql);
            online.migrator(BRANCHES).build().upgrade("heads");
            Map<String, List<String>> expected;
            try (Connection c = online.connect()) {
                expected = SchemaSnapshot.of(c);
            }
            try (Connection c = offline.connect()) {
                assertThat(SchemaSnapshot.of(c)).isEqualTo(expected);
            }
            assertThat(offline.query("SELECT version_num FROM migrate_version")).containsExactly("d1");
            assertThat(offline.query("SELECT revision FROM migrate_history ORDER BY id"))
                    .containsExactly("a1", "b1", "c1", "c2", "b2", "m1", "d1");
            assertThat(offline.migrator(BRANCHES).build().upgrade("heads").upToDate()).isTrue();

            String down = offline.migrator(BRANCHES).build().downgradeSql("d1:base");
            runScript(offline, down);
            try (Connection c = offline.connect()) {
                assertThat(SchemaSnapshot.of(c).keySet()).containsExactly("migrate_history", "migrate_version");
            }
            assertThat(offline.query("SELECT count(*) FROM migrate_version")).containsExactly("0");
        }
    }

    @Test
    void aRangeStartsFromItsLowerEndAndNothingConnects() {
        Migrator migrator = Migrator.builder().url("jdbc:postgresql://127.0.0.1:1/nowhere").locations(BRANCHES)
                .build();
        String sql = migrator.upgradeSql("b1:b2");
        assertThat(sql).startsWith("-- Migrate: upgrade b1:b2\n-- Dialect postgresql;")
                .contains("-- Running upgrade b1 -> b2, index invoices by account "
                        + "[classpath:db/engine/branches/b2_index_invoices.sql]\nBEGIN;\n\n"
                        + "CREATE INDEX invoices_account ON invoices (account_id);\n\n"
                        + "UPDATE migrate_version SET version_num = 'b2' WHERE version_num = 'b1';\n\n")
                .doesNotContain("CREATE TABLE accounts");
        assertThat(sql.split("\n")).filteredOn(l -> l.startsWith("-- Running")).hasSize(1);
    }

    @Test
    void aStampIsWrittenAsVersionTableStatements() {
        Migrator migrator = Migrator.builder().dialect("sqlite").locations(BRANCHES).build();
        String sql = migrator.stampSql(List.of("heads"));
        assertThat(sql).contains("-- Running stamp <base> -> d1, stamp heads [<stamp>]\nBEGIN;\n\n"
                + "INSERT INTO migrate_version (version_num) VALUES ('d1');\n\n")
                .doesNotContain("CREATE TABLE accounts");
        assertThat(migrator.stampSql(List.of("b2:c1"))).contains(
                "INSERT INTO migrate_version (version_num) VALUES ('c1');");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aPurgingStampDeletesWhateverRowsTheDatabaseHoldsInTheSameTransaction(String dialect) throws Exception {
        try (Db db = Db.create(dialect, dir)) {
            db.run("CREATE TABLE migrate_version (version_num VARCHAR(32) NOT NULL, "
                    + "CONSTRAINT migrate_version_pkc PRIMARY KEY (version_num))",
                    "INSERT INTO migrate_version VALUES ('zz'), ('yy')");
            Migrator migrator = db.migrator(BRANCHES).build();
            String sql = migrator.stampSql(List.of("b2"), true);
            assertThat(sql).contains("-- Running stamp <base> -> b2, stamp b2 (purge) [<stamp>]\nBEGIN;\n\n"
                    + "-- purge: delete every version row, whatever the database holds\n"
                    + "DELETE FROM migrate_version;\n\n"
                    + "INSERT INTO migrate_version (version_num) VALUES ('b2');\n\n");
            runScript(db, sql);
            assertThat(db.query("SELECT version_num FROM migrate_version")).containsExactly("b2");

            runScript(db, migrator.stampSql(List.of("base"), true));
            assertThat(db.query("SELECT count(*) FROM migrate_version")).containsExactly("0");
            assertThatThrownBy(() -> migrator.stampSql(List.of("a1:b2"), true)).hasMessage("stamp --sql with "
                    + "purge deletes whatever version rows the database holds, so it takes the revisions to stamp, "
                    + "not a range FROM:TO: give 'b2'.");
        }
    }

    @Test
    void aDowngradeNeedsARangeOffline() {
        Migrator migrator = Migrator.builder().dialect("sqlite").locations(BRANCHES).build();
        assertThatThrownBy(() -> migrator.downgradeSql("base"))
                .hasMessage("downgrade --sql needs a range <from>:<to>, such as 'b2c3d4e5f6a7:base', not 'base': "
                        + "offline there is no database to read the current revision from.");
    }

    @Test
    void offlineNeedsADialectWithoutConnecting() {
        DataSource unused = new org.sqlite.SQLiteDataSource();
        Migrator migrator = Migrator.builder().dataSource(unused).locations(BRANCHES).build();
        assertThatThrownBy(() -> migrator.upgradeSql("heads"))
                .hasMessage("Writing SQL offline needs the dialect, and none is configured and no JDBC URL names one. "
                        + "Set the dialect (postgresql or sqlite) or a JDBC URL; nothing connects to the database "
                        + "offline.");
    }
}
