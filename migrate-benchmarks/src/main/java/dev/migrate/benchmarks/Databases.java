package dev.migrate.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Creates empty databases for the runs: a new SQLite file under the work folder, or a new
 * PostgreSQL database {@code bench_<tool>_<n>} on the server named by the base URL. Everything it
 * created is dropped by {@link #dropAll()}.
 */
final class Databases {

    private final Path sqliteDir;
    private final String postgresBaseUrl;
    private final Set<String> createdPostgres = new LinkedHashSet<>();

    Databases(Path workDir, String postgresBaseUrl) throws IOException {
        this.sqliteDir = Files.createDirectories(workDir.resolve("sqlite"));
        this.postgresBaseUrl = postgresBaseUrl;
    }

    /** An empty database named for {@code name} (letters, digits and underscores). */
    Target fresh(Dbms dbms, String name) throws SQLException, IOException {
        return switch (dbms) {
            case SQLITE -> freshSqlite(name);
            case POSTGRESQL -> freshPostgres("bench_" + name);
        };
    }

    private Target freshSqlite(String name) throws IOException {
        Path file = sqliteDir.resolve(name + ".db");
        for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
        return new Target(Dbms.SQLITE, "jdbc:sqlite:" + file.toAbsolutePath());
    }

    private Target freshPostgres(String database) throws SQLException {
        try (Connection admin = DriverManager.getConnection(postgresBaseUrl);
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        }
        createdPostgres.add(database);
        return new Target(Dbms.POSTGRESQL, postgresUrl(postgresBaseUrl, database));
    }

    /** {@code base} with its database name replaced by {@code database}, keeping the query string. */
    static String postgresUrl(String base, String database) {
        int query = base.indexOf('?');
        String head = query < 0 ? base : base.substring(0, query);
        String tail = query < 0 ? "" : base.substring(query);
        int slash = head.lastIndexOf('/');
        if (slash < "jdbc:postgresql://".length()) {
            throw new IllegalArgumentException("PostgreSQL URL '" + head
                    + "' names no database; write it as jdbc:postgresql://host:port/postgres?user=postgres");
        }
        return head.substring(0, slash + 1) + database + tail;
    }

    /** Whether the PostgreSQL server answers; the reason it does not otherwise, or null. */
    String postgresProblem() {
        try (Connection ignored = DriverManager.getConnection(postgresBaseUrl)) {
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    /** The number of tables named {@code <prefix>_<digits>} in the target, to check that a run did its work. */
    static int countTables(Target target, String prefix) throws SQLException {
        String sql = switch (target.dbms()) {
            case SQLITE -> "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name LIKE '" + prefix + "\\_%' ESCAPE '\\'";
            case POSTGRESQL -> "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
                    + " AND table_name LIKE '" + prefix + "\\_%'";
        };
        try (Connection connection = DriverManager.getConnection(target.url());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** The server's (or library's) version string. */
    String version(Dbms dbms) {
        try {
            Target probe = dbms == Dbms.SQLITE ? freshSqlite("version_probe") : new Target(dbms, postgresBaseUrl);
            String sql = dbms == Dbms.SQLITE ? "SELECT sqlite_version()" : "SHOW server_version";
            try (Connection connection = DriverManager.getConnection(probe.url());
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                String version = rows.getString(1);
                return dbms == Dbms.SQLITE ? version + " (sqlite-jdbc " + connection.getMetaData().getDriverVersion() + ")"
                        : version + " (pgjdbc " + connection.getMetaData().getDriverVersion() + ")";
            }
        } catch (SQLException | IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** Drops every PostgreSQL database this run created (SQLite files go with the work folder). */
    void dropAll() {
        if (createdPostgres.isEmpty()) {
            return;
        }
        try (Connection admin = DriverManager.getConnection(postgresBaseUrl);
                Statement statement = admin.createStatement()) {
            for (String database : createdPostgres) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
            createdPostgres.clear();
        } catch (SQLException e) {
            System.err.println("Could not drop the benchmark databases " + createdPostgres + ": " + e.getMessage()
                    + "; drop them by hand with DROP DATABASE.");
        }
    }
}
