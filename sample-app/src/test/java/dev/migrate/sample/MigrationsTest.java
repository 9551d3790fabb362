package dev.migrate.sample;

import static dev.migrate.sample.Revisions.BACKFILL_LAST_SEEN;
import static dev.migrate.sample.Revisions.CREATE_DEVICE_LOGS;
import static dev.migrate.sample.Revisions.HEAD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.command.Migrator;
import dev.migrate.command.RunResult;
import dev.migrate.sample.SampleDatabase.Kind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The sample's migrations through the Java API, on SQLite and PostgreSQL: every downgrade, and the backfill. */
class MigrationsTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyRevisionUpgradesAndDowngradesToBaseAndUpAgain(Kind kind, @TempDir Path folder) throws SQLException {
        try (SampleDatabase database = kind.create(folder)) {
            Migrator migrator = database.migrator();
            assertThat(migrator.upgrade("heads").toRows()).containsExactly(HEAD);
            assertThat(tables(database)).containsExactly("device_logs", "devices", "migrate_history",
                    "migrate_version");

            RunResult down = migrator.downgrade("base");
            assertThat(down.steps()).hasSize(7);
            assertThat(down.toRows()).isEmpty();
            assertThat(tables(database)).containsExactly("migrate_history", "migrate_version");

            assertThat(migrator.upgrade("heads").steps()).hasSize(7);
            assertThat(migrator.current().rows()).extracting(row -> row.revision()).containsExactly(HEAD);
            assertThat(SchemaCheck.report(database, dev.migrate.sample.database.SampleSchema.metaData()))
                    .isEqualTo("No changes detected");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theBackfillSetsLastSeenFromTheNewestLogAndItsDowngradeDropsTheColumn(Kind kind, @TempDir Path folder)
            throws SQLException {
        try (SampleDatabase database = kind.create(folder)) {
            Migrator migrator = database.migrator();
            migrator.upgrade(CREATE_DEVICE_LOGS);
            database.execute(
                    "INSERT INTO devices (id, serial_number, name, created_at) VALUES "
                            + "('d1', 'SN-1', 'logged twice', '2024-05-01 10:00:00.000'), "
                            + "('d2', 'SN-2', 'never logged', '2024-05-01 10:00:00.000')",
                    "INSERT INTO device_logs (id, device_id, logged_at, message) VALUES "
                            + "('l1', 'd1', '2024-05-03 08:00:00.000', 'first'), "
                            + "('l2', 'd1', '2024-05-04 09:30:00.000', 'second')");

            migrator.upgrade(BACKFILL_LAST_SEEN);
            assertThat(lastSeen(database)).containsExactly("d1 2024-05-04 09:30:00.0", "d2 null");

            migrator.downgrade("-1");
            assertThat(columns(database, "devices")).doesNotContain("last_seen_at");
            assertThat(count(database, "device_logs")).isEqualTo(2);

            migrator.upgrade(BACKFILL_LAST_SEEN);
            assertThat(lastSeen(database)).containsExactly("d1 2024-05-04 09:30:00.0", "d2 null");
        }
    }

    private static List<String> lastSeen(SampleDatabase database) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = database.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, last_seen_at FROM devices ORDER BY id")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getTimestamp(2));
            }
        }
        return rows;
    }

    private static int count(SampleDatabase database, String table) throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The tables of the database, lower case, sorted. */
    static List<String> tables(SampleDatabase database) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = database.connect();
                ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                if (schema == null || schema.equals("public")) {
                    tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return tables.stream().filter(t -> !t.startsWith("sqlite_")).sorted().toList();
    }

    private static List<String> columns(SampleDatabase database, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection c = database.connect(); ResultSet rs = c.getMetaData().getColumns(null, null, table, "%")) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }
}
