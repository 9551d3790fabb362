package dev.migrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.cli.InProcessCli;
import dev.migrate.command.Migrator;
import dev.migrate.jdbc.SqlSplitter;
import dev.migrate.jdbc.SqlStatement;
import dev.migrate.reliability.quoting.Q1AwkwardNames;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Identifiers in generated DDL and literals in offline SQL: tables named {@code user}, {@code select}, {@code a"b},
 * {@code with space} and {@code Mixed Case}, columns {@code order}, {@code a"col} and {@code two words}, indexes on
 * them, filled with values holding quotes, backslashes, semicolons, comment and placeholder markers. Online and
 * offline ({@code --sql}, run afterwards) give the same tables and the same values, on SQLite and PostgreSQL.
 */
class QuotingTest {

    private static final String PACKAGE = "dev.migrate.reliability.quoting";

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void onlineOnSqlite() throws Exception {
        online(Db.sqlite(dir, "online.db"));
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void onlineOnPostgres() throws Exception {
        try (Db db = Db.postgres()) {
            online(db);
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void offlineSqlOfTheCliRunsOnSqlite() throws Exception {
        offline(Db.sqlite(dir, "offline.db"), "sqlite");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void offlineSqlOfTheCliRunsOnPostgres() throws Exception {
        try (Db db = Db.postgres()) {
            offline(db, "postgresql");
        }
    }

    private void online(Db db) throws Exception {
        Migrator migrator = Migrator.builder().url(db.url()).locations(List.of()).javaPackages(PACKAGE).build();
        migrator.upgrade("heads");
        assertContent(db);
        migrator.downgrade("base");
        assertThat(db.tables()).containsExactlyInAnyOrder("migrate_version", "migrate_history");
    }

    private void offline(Db db, String dialect) throws Exception {
        Path empty = java.nio.file.Files.createDirectories(dir.resolve("no-sql-scripts"));
        InProcessCli.Result result = InProcessCli.run(dir, Map.of(), "upgrade", "--sql", "heads", "--dialect",
                dialect, "--locations", "filesystem:" + empty, "--java-packages", PACKAGE);
        assertThat(result.exitCode()).as(result.toString()).isZero();
        String sql = result.out();
        assertThat(sql).contains("'O''Brien'", "\"a\"\"b\"", "\"with space\"", "\"select\"", "\"Mixed Case\"",
                "\"two words\"", "\"order\"");
        if (dialect.equals("postgresql")) {
            assertThat(sql).as("user is reserved in PostgreSQL (not in SQLite)").contains("\"user\"");
        }
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (SqlStatement statement : SqlSplitter.split(sql)) {
                st.execute(statement.sql());
            }
        }
        assertContent(db);
        assertThat(db.versionRows()).containsExactly("q1");
    }

    private static void assertContent(Db db) throws Exception {
        assertThat(db.tables()).containsAll(Q1AwkwardNames.TABLES);
        for (String table : Q1AwkwardNames.TABLES) {
            try (Connection c = db.connect(); Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT \"order\", \"a\"\"col\", \"two words\" FROM "
                            + quote(table) + " ORDER BY id")) {
                List<String> values = new ArrayList<>();
                while (rs.next()) {
                    assertThat(rs.getString(2)).isEqualTo(rs.getString(1));
                    assertThat(rs.getString(3)).isEqualTo(rs.getString(1));
                    values.add(rs.getString(1));
                }
                assertThat(values).as("values of %s", table).containsExactlyElementsOf(Q1AwkwardNames.VALUES);
            }
        }
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
