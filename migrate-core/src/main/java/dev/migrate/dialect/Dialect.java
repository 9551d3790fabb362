package dev.migrate.dialect;

import dev.migrate.dialect.postgresql.PostgresDialect;
import dev.migrate.dialect.sqlite.SqliteDialect;
import dev.migrate.op.MigrationOp;
import dev.migrate.schema.SqlType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * The SQL of one database: type names, identifier quoting, literals, the DDL for every op, and
 * what the database can do natively. Online and offline runs share it: the runtime renders each
 * op with {@link #statements} and either executes or prints the statements.
 */
public interface Dialect {

    /** The names {@link #forName} accepts. */
    static List<String> names() {
        return List.of(PostgresDialect.NAME, SqliteDialect.NAME);
    }

    /**
     * The dialect of a JDBC URL: {@code jdbc:postgresql:} or {@code jdbc:sqlite:}.
     *
     * @throws DialectException for any other URL, naming the supported ones
     */
    static Dialect forJdbcUrl(String url) {
        String lower = url == null ? "" : url.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return new PostgresDialect();
        }
        if (lower.startsWith("jdbc:sqlite:")) {
            return new SqliteDialect();
        }
        throw new DialectException("No dialect for JDBC URL " + JdbcUrls.masked(url)
                + "; Migrate supports jdbc:postgresql: (PostgreSQL) and jdbc:sqlite: (SQLite)");
    }

    /**
     * The dialect called {@code name}: {@code postgresql} (also {@code postgres}) or {@code sqlite}.
     *
     * @throws DialectException for any other name, naming the supported ones
     */
    static Dialect forName(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        switch (key) {
            case "postgresql", "postgres" -> {
                return new PostgresDialect();
            }
            case "sqlite" -> {
                return new SqliteDialect();
            }
            default -> throw new DialectException("Unknown dialect '" + name + "'; supported: " + String.join(", ", names()));
        }
    }

    /** The dialect name: {@code postgresql} or {@code sqlite}. */
    String name();

    /** {@code identifier} quoted when it must be (reserved word, odd characters, case on PostgreSQL). */
    String quote(String identifier);

    /**
     * {@code value} as a SQL literal for offline scripts and bulk inserts: strings (escaped),
     * numbers, booleans, {@code null}, {@code byte[]}, {@link java.util.UUID}, {@link java.time}
     * dates and times, enums (by name).
     */
    String literal(Object value);

    /** The SQL name of {@code type} on this database. */
    String typeName(SqlType type);

    /** Whether DDL is transactional here (both PostgreSQL and SQLite: true). */
    boolean transactionalDdl();

    /** What this database does natively. */
    Capabilities capabilities();

    /**
     * The statements that perform {@code op}, in order, without trailing semicolons.
     *
     * @param tables where to find a table's current definition when the op needs it (a SQLite
     *               rebuild); {@link #liveTables} online
     * @throws DialectException when the op cannot be done here, with what to do instead
     * @throws SQLException     when {@code tables} reads a live database and that fails
     */
    List<String> statements(MigrationOp op, TableLookup tables) throws SQLException;

    /**
     * Puts a connection in auto-commit mode back in order after a statement of a non-transactional
     * step failed part-way. SQLite: rolls back the savepoint an unfinished table rebuild opened and
     * turns foreign keys back on when the rebuild had turned them off. Default: nothing to do.
     */
    default void recoverAfterFailure(Connection connection) throws SQLException {
    }

    /** The lookup that reads table definitions from the live database behind {@code connection}. */
    TableLookup liveTables(Connection connection);

    /** What already exists in the database behind {@code connection}, by name. */
    SchemaInventory inventory(Connection connection);
}
