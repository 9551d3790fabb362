package dev.migrate.command;

import dev.migrate.runtime.MigrationListener;
import dev.migrate.runtime.TransactionMode;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything a {@link Migrator} needs, immutable. Fill it with {@link Migrator#builder()} (the CLI and
 * the starter fill the same builder) or build it directly; {@code null} components take the defaults.
 *
 * @param connection      where connections come from; {@code null} for commands that need no database
 *                        (heads, branches, show, revision, merge, init, offline SQL with a dialect)
 * @param locations       where SQL scripts are: {@code classpath:db/migrations} (the default, when {@code null}) or
 *                        {@code filesystem:dir}; empty when all migrations are Java classes of {@code javaPackages}
 * @param javaPackages    packages scanned for Java migrations (classes implementing {@code dev.migrate.op.Migration})
 * @param classLoader     the class loader for classpath locations and Java migrations
 * @param versionTable    the version table's name, {@code migrate_version} by default; {@code alembic_version}
 *                        takes over a database that Alembic managed
 * @param historyTable    the history log's name, {@code migrate_history} by default
 * @param schema          the schema of both tables (PostgreSQL), or {@code null} for the connection's default
 * @param dialect         the dialect name ({@code postgresql}, {@code sqlite}), or {@code null} to derive it from
 *                        the URL or the connection
 * @param transactionMode one transaction per step (default) or one for the whole run
 * @param lockTimeout     how long to wait for another migration's lock before giving up (60 s by default)
 * @param acceptChecksums whether an upgrade accepts changed checksums of applied scripts (recording the new
 *                        ones) instead of failing
 * @param listeners       progress listeners, called in order
 */
public record MigrateConfig(ConnectionSource connection, List<String> locations, List<String> javaPackages,
        ClassLoader classLoader, String versionTable, String historyTable, String schema, String dialect,
        TransactionMode transactionMode, Duration lockTimeout, boolean acceptChecksums,
        List<MigrationListener> listeners) {

    /** The default script location. */
    public static final String DEFAULT_LOCATION = "classpath:db/migrations";
    /** The default version table name. */
    public static final String DEFAULT_VERSION_TABLE = "migrate_version";
    /** The default history table name. */
    public static final String DEFAULT_HISTORY_TABLE = "migrate_history";
    /** The default lock timeout. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    public MigrateConfig {
        locations = locations == null ? List.of(DEFAULT_LOCATION) : List.copyOf(locations);
        javaPackages = javaPackages == null ? List.of() : List.copyOf(javaPackages);
        classLoader = classLoader != null ? classLoader : defaultClassLoader();
        versionTable = checkName(versionTable == null ? DEFAULT_VERSION_TABLE : versionTable, "version table");
        historyTable = checkName(historyTable == null ? DEFAULT_HISTORY_TABLE : historyTable, "history table");
        if (schema != null) {
            checkName(schema, "schema");
        }
        if (versionTable.equalsIgnoreCase(historyTable)) {
            throw new IllegalArgumentException("The version table and the history table are both named '"
                    + versionTable + "'; give them different names");
        }
        transactionMode = transactionMode == null ? TransactionMode.PER_STEP : transactionMode;
        lockTimeout = lockTimeout == null ? DEFAULT_LOCK_TIMEOUT : lockTimeout;
        if (lockTimeout.isNegative()) {
            throw new IllegalArgumentException("The lock timeout must not be negative, was " + lockTimeout);
        }
        listeners = listeners == null ? List.of() : List.copyOf(listeners);
    }

    /** A configuration with every default and no connection. */
    public static MigrateConfig defaults() {
        return new MigrateConfig(null, null, null, null, null, null, null, null, null, null, false, null);
    }

    /** The connection source, when one is configured. */
    public Optional<ConnectionSource> connectionSource() {
        return Optional.ofNullable(connection);
    }

    private static ClassLoader defaultClassLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : MigrateConfig.class.getClassLoader();
    }

    private static String checkName(String name, String what) {
        Objects.requireNonNull(name, what);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("The " + what + " name '" + name + "' is not a plain SQL identifier: "
                    + "use 1-63 letters, digits and underscores, starting with a letter or underscore");
        }
        return name;
    }
}
