package dev.migrate.command;

import dev.migrate.dialect.Dialect;
import dev.migrate.history.HistoryLog;
import dev.migrate.history.VersionTable;
import dev.migrate.jdbc.DatabaseException;
import dev.migrate.runtime.RunSettings;
import dev.migrate.runtime.Runner;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/** The configured database: connections, its dialect, its version table and history log. */
final class Database {

    private final MigrateConfig config;

    Database(MigrateConfig config) {
        this.config = config;
    }

    boolean configured() {
        return config.connection() != null;
    }

    /**
     * Opens a connection, or fails saying that a database is needed, that its URL names a database Migrate does not
     * support (before trying to connect), or that connecting failed.
     */
    Connection open(String command) {
        ConnectionSource source = config.connectionSource().orElseThrow(() -> new IllegalStateException(
                "'" + command + "' needs a database, and none is configured: give a JDBC URL (with user and password "
                        + "if needed) or a data source."));
        knownDialect();
        try {
            return source.open();
        } catch (SQLException e) {
            throw new DatabaseException("connect to " + source.describe() + " (check the URL, user and password, "
                    + "and that the database is running)", null, null, e);
        }
    }

    /** The dialect without connecting: configured, or named by the URL. */
    Optional<Dialect> knownDialect() {
        if (config.dialect() != null) {
            return Optional.of(Dialect.forName(config.dialect()));
        }
        return config.connectionSource().flatMap(ConnectionSource::jdbcUrl).map(Dialect::forJdbcUrl);
    }

    /** The dialect of a connection: configured, named by the URL, or found from the connection. */
    Dialect dialect(Connection connection) {
        return knownDialect().orElseGet(() -> {
            try {
                String url = connection.getMetaData().getURL();
                if (url != null && (url.startsWith("jdbc:postgresql:") || url.startsWith("jdbc:sqlite:"))) {
                    return Dialect.forJdbcUrl(url);
                }
                String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
                return Dialect.forName(product.contains("postgres") ? "postgresql" : product);
            } catch (SQLException e) {
                throw new DatabaseException("find out which database the connection is for", null, null, e);
            }
        });
    }

    /** The dialect for offline SQL, or an error saying how to give it. */
    Dialect offlineDialect() {
        return knownDialect().orElseThrow(() -> new IllegalArgumentException("Writing SQL offline needs the "
                + "dialect, and none is configured and no JDBC URL names one. Set the dialect (postgresql or sqlite) "
                + "or a JDBC URL; nothing connects to the database offline."));
    }

    VersionTable versionTable(Dialect dialect) {
        return new VersionTable(dialect.name(), config.schema(), config.versionTable());
    }

    HistoryLog historyLog(Dialect dialect) {
        return new HistoryLog(dialect.name(), config.schema(), config.historyTable());
    }

    Runner runner(Dialect dialect) {
        return new Runner(new RunSettings(dialect.name(), versionTable(dialect), historyLog(dialect),
                config.transactionMode(), config.lockTimeout(), config.acceptChecksums(), config.listeners()));
    }

    /** The version table's name for messages, before the dialect is known. */
    String versionTableName() {
        return config.schema() == null ? config.versionTable() : config.schema() + "." + config.versionTable();
    }
}
