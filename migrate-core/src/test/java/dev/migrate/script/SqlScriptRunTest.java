package dev.migrate.script;

import static dev.migrate.script.ScriptFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.jdbc.DatabaseException;
import dev.migrate.jdbc.Jdbc;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statements read from script files run on real databases; failures name the file and line. */
class SqlScriptRunTest {

    @TempDir
    Path dir;

    private Scripts fixtures() {
        return new ScriptLoader(getClass().getClassLoader()).load(ScriptLoaderTest.FIXTURES);
    }

    private static void run(Jdbc jdbc, List<dev.migrate.jdbc.SqlStatement> statements) {
        statements.forEach(st -> jdbc.execute("run " + st.where(), st));
    }

    private static List<String> columns(Jdbc jdbc) {
        return jdbc.query("read columns", "SELECT name FROM pragma_table_info('devices') ORDER BY cid",
                (rs, r) -> rs.getString(1));
    }

    @Test
    void upgradesAndDowngradesOnSqlite() throws Exception {
        Scripts scripts = fixtures();
        SqlScript create = (SqlScript) scripts.get("0001");
        SqlScript describe = (SqlScript) scripts.get("0002");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("run.db"))) {
            Jdbc jdbc = Jdbc.on(c);
            run(jdbc, create.upgradeStatements());
            run(jdbc, describe.upgradeStatements());
            assertThat(columns(jdbc)).containsExactly("id", "name", "description");
            run(jdbc, describe.downgradeStatements());
            assertThat(columns(jdbc)).containsExactly("id", "name");
            run(jdbc, create.downgradeStatements());
            assertThat(columns(jdbc)).isEmpty();
        }
    }

    @Test
    void upgradesOnPostgresqlInATransaction() throws Exception {
        Scripts scripts = fixtures();
        try (TestDatabase db = TestPostgres.createDatabase(); Connection c = db.connect()) {
            Jdbc jdbc = Jdbc.on(c);
            for (String id : List.of("0001", "0002", "0004")) {
                SqlScript s = (SqlScript) scripts.get(id);
                jdbc.inTransaction("upgrade to " + id, tx -> {
                    run(Jdbc.on(tx), s.upgradeStatements());
                    return null;
                });
            }
            assertThat(jdbc.query("read", "SELECT indexname FROM pg_indexes WHERE tablename = 'devices'"
                    + " ORDER BY indexname", (rs, r) -> rs.getString(1))).containsExactly("devices_name", "devices_pkey");
        }
    }

    @Test
    void aFailingStatementNamesTheScriptAndLine() throws Exception {
        write(dir, "m/0001_bad.sql", "-- migrate:revision 0001\n\n-- migrate:upgrade\nCREATE TABLE a (x INT);\n\n"
                + "INSERT INTO nowhere VALUES (1);\n");
        SqlScript s = (SqlScript) new ScriptLoader(getClass().getClassLoader()).load(dir.resolve("m").toString())
                .get("0001");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("bad.db"))) {
            Jdbc jdbc = Jdbc.on(c);
            assertThatThrownBy(() -> jdbc.inTransaction("upgrade to 0001", tx -> {
                s.upgradeStatements().forEach(st -> Jdbc.on(tx).execute("upgrade to 0001", st));
                return null;
            })).isInstanceOfSatisfying(DatabaseException.class, e -> assertThat(e.getMessage()).isEqualTo(
                    "Could not upgrade to 0001: " + e.driverMessage() + "\n  at " + dir + "/m/0001_bad.sql, line 6\n"
                            + "  SQL: INSERT INTO nowhere VALUES (1)"));
            assertThat(jdbc.query("tables", "SELECT count(*) FROM sqlite_master WHERE name = 'a'",
                    (rs, r) -> rs.getInt(1))).containsExactly(0);
        }
    }
}
