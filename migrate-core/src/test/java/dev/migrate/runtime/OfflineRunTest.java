package dev.migrate.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.history.Action;
import dev.migrate.history.HistoryEntry;
import dev.migrate.history.HistoryLog;
import dev.migrate.history.VersionTable;
import dev.migrate.jdbc.SqlSplitter;
import dev.migrate.jdbc.SqlStatement;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OfflineRunTest {

    @TempDir
    Path dir;

    static ChainSpec twoSteps() {
        return ChainSpec.upgrade(List.of(List.of("CREATE TABLE t1 (id INTEGER)"),
                List.of("CREATE INDEX i1 ON t1 (id)"))).nonTransactional(2);
    }

    @Test
    void writesEachStepInItsOwnTransactionWithVersionAndHistoryStatements() {
        String sql = RunnerTest.runner("postgresql", TransactionMode.PER_STEP, false, List.of())
                .sql(twoSteps(), List.of(), "upgrade base:r2");
        String history = "INSERT INTO migrate_history (id, revision, action, from_rows, to_rows, checksum, "
                + "transactional, db_user, client_host, started_at, duration_ms, success, error) SELECT "
                + "COALESCE(MAX(id), 0) + 1, ";
        assertThat(sql).isEqualTo("""
                -- Migrate: upgrade base:r2
                -- Dialect postgresql; version table migrate_version; history log migrate_history; one transaction per step.
                -- Written without connecting to the database; run it with psql -v ON_ERROR_STOP=1 -f <file> or sqlite3 <database> < <file>.

                CREATE TABLE IF NOT EXISTS migrate_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT migrate_version_pkc PRIMARY KEY (version_num));

                """ + new HistoryLog("postgresql", null, "migrate_history").createSql() + """
                ;

                -- Running upgrade <base> -> r1, step 1 [db/r1.sql]
                BEGIN;

                CREATE TABLE t1 (id INTEGER);

                INSERT INTO migrate_version (version_num) VALUES ('r1');

                """ + history + """
                'r1', 'upgrade', '', 'r1', 'crc32c:00000001', TRUE, current_user, host(inet_client_addr()), CURRENT_TIMESTAMP, NULL, TRUE, NULL FROM migrate_history;

                COMMIT;

                -- Running upgrade r1 -> r2, step 2 [db/r2.sql]
                -- transactional false: these statements run outside a transaction
                CREATE INDEX i1 ON t1 (id);

                UPDATE migrate_version SET version_num = 'r2' WHERE version_num = 'r1';

                """ + history + """
                'r2', 'upgrade', 'r1', 'r2', 'crc32c:00000002', FALSE, current_user, host(inet_client_addr()), CURRENT_TIMESTAMP, NULL, TRUE, NULL FROM migrate_history;

                """);
    }

    @Test
    void inTransactionModeAllTheRunIsOneTransactionAroundTransactionalSteps() {
        String sql = RunnerTest.runner("sqlite", TransactionMode.ALL, false, List.of())
                .sql(ChainSpec.upgrade(List.of(List.of("CREATE TABLE t1 (id INTEGER)"),
                        List.of("CREATE TABLE t2 (id INTEGER)"))), List.of(), "upgrade base:r2");
        assertThat(sql.split("\n")).filteredOn(l -> l.equals("BEGIN;") || l.equals("COMMIT;"))
                .containsExactly("BEGIN;", "COMMIT;");
        assertThat(sql).contains("strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), NULL, 1, NULL FROM migrate_history;");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void theScriptRunsAsWrittenAndLeavesTheSameVersionRowsAndHistory(String dialect) throws Exception {
        String sql = RunnerTest.runner(dialect, TransactionMode.PER_STEP, false, List.of())
                .sql(twoSteps(), List.of(), "upgrade base:r2");
        try (Databases db = Databases.create(dialect, dir); Connection c = db.connect();
                Statement st = c.createStatement()) {
            for (SqlStatement s : SqlSplitter.split(sql)) {
                st.execute(s.sql());
            }
            assertThat(new VersionTable(dialect, null, "migrate_version").read(c)).containsExactly("r2");
            List<HistoryEntry> log = new HistoryLog(dialect, null, "migrate_history").read(c);
            assertThat(log).extracting(HistoryEntry::revision, HistoryEntry::action, HistoryEntry::success)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("r1", Action.UPGRADE, true),
                            org.assertj.core.groups.Tuple.tuple("r2", Action.UPGRADE, true));
            assertThat(log.get(0).duration()).isNull();
            if (dialect.equals("postgresql")) {
                assertThat(log.get(0).user()).isEqualTo("postgres");
            }
            RunReport online = RunnerTest.runner(dialect, TransactionMode.PER_STEP, false, List.of())
                    .run(c, twoSteps());
            assertThat(online.steps()).isEmpty();
        }
    }
}
