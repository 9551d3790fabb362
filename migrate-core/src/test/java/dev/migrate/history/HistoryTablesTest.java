package dev.migrate.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryTablesTest {

    @TempDir
    Path dir;

    /** Runs statements on a connection, or only collects them. */
    record Executor(Connection connection, List<String> written) implements StatementExecutor {
        @Override
        public int update(String sql) throws SQLException {
            if (connection == null) {
                written.add(sql);
                return NOT_RUN;
            }
            try (Statement st = connection.createStatement()) {
                return st.executeUpdate(sql);
            }
        }

        @Override
        public boolean online() {
            return connection != null;
        }
    }

    @Test
    void versionTableKeepsOneRowPerHeadOnSqlite() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("v.db"))) {
            exerciseVersionTable(c, "sqlite");
        }
    }

    @Test
    void versionTableKeepsOneRowPerHeadOnPostgres() throws Exception {
        try (TestDatabase db = TestPostgres.createDatabase(); Connection c = db.connect()) {
            exerciseVersionTable(c, "postgresql");
        }
    }

    private void exerciseVersionTable(Connection c, String dialect) throws SQLException {
        VersionTable table = new VersionTable(dialect, null, "migrate_version");
        Executor x = new Executor(c, new ArrayList<>());
        assertThat(table.exists(c)).isFalse();
        assertThat(table.read(c)).isEmpty();
        table.create(x);
        table.create(x);
        assertThat(table.exists(c)).isTrue();
        table.insert(x, "b2");
        table.insert(x, "a1");
        assertThat(table.read(c)).containsExactly("a1", "b2");
        table.update(x, "a1", "c3");
        table.delete(x, "b2");
        assertThat(table.read(c)).containsExactly("c3");
        assertThatThrownBy(() -> table.update(x, "a1", "d4"))
                .isInstanceOf(VersionTableException.class)
                .hasMessage("The version table migrate_version changed under this run: expected to match 1 row when "
                        + "updating 'a1' to 'd4', found 0. Another process may be migrating this database without "
                        + "taking Migrate's lock, or the table was edited by hand; run 'migrate current' to see its "
                        + "rows and try again.");
        assertThatThrownBy(() -> table.delete(x, "zz"))
                .hasMessageContaining("expected to match 1 row when deleting 'zz', found 0.");
        table.purge(x);
        assertThat(table.read(c)).isEmpty();
    }

    @Test
    void versionTableHasAlembicsShape() {
        assertThat(new VersionTable("postgresql", "app", "alembic_version").createSql())
                .isEqualTo("CREATE TABLE IF NOT EXISTS app.alembic_version (version_num VARCHAR(32) NOT NULL, "
                        + "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))");
        assertThat(new VersionTable("sqlite", null, "Versions").sqlName()).isEqualTo("\"Versions\"");
    }

    @Test
    void historyLogAppendsAndReadsOnSqlite() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("h.db"))) {
            exerciseHistoryLog(c, "sqlite");
        }
    }

    @Test
    void historyLogAppendsAndReadsOnPostgres() throws Exception {
        try (TestDatabase db = TestPostgres.createDatabase(); Connection c = db.connect()) {
            exerciseHistoryLog(c, "postgresql");
        }
    }

    private void exerciseHistoryLog(Connection c, String dialect) throws SQLException {
        HistoryLog log = new HistoryLog(dialect, null, "migrate_history");
        Executor x = new Executor(c, new ArrayList<>());
        assertThat(log.read(c)).isEmpty();
        log.create(x);
        Instant t = Instant.parse("2024-05-01T10:15:30.123Z");
        log.append(x, new HistoryLog.NewEntry("a1", Action.UPGRADE, List.of(), List.of("a1"), "sum1", true, "me",
                "box", t, Duration.ofMillis(12), true, null));
        log.append(x, new HistoryLog.NewEntry("b2", Action.UPGRADE, List.of("a1"), List.of("a1"), "sum2", false,
                "me", "box", t, Duration.ofMillis(3), false, "it's broken"));
        log.append(x, new HistoryLog.NewEntry("a1", Action.REPAIR, List.of("a1"), List.of("a1"), "sum1b", true,
                null, null, null, null, true, null));
        log.append(x, new HistoryLog.NewEntry("x,y", Action.STAMP, List.of("a1", "c3"), List.of("x", "y"), null,
                true, "me", "box", t, Duration.ZERO, true, null));
        List<HistoryEntry> entries = log.read(c);
        assertThat(entries).extracting(HistoryEntry::id).containsExactly(1L, 2L, 3L, 4L);
        HistoryEntry first = entries.get(0);
        assertThat(first).isEqualTo(new HistoryEntry(1, "a1", Action.UPGRADE, List.of(), List.of("a1"), "sum1", true,
                "me", "box", t, Duration.ofMillis(12), true, null));
        assertThat(entries.get(1).error()).isEqualTo("it's broken");
        assertThat(entries.get(1).transactional()).isFalse();
        assertThat(entries.get(2).duration()).isNull();
        assertThat(entries.get(2).startedAt()).isAfter(t);
        assertThat(entries.get(3).fromRows()).containsExactly("a1", "c3");
        assertThat(log.appliedChecksums(c)).containsExactly(java.util.Map.entry("a1", "sum1b"));
    }
}
