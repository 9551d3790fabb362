package dev.migrate.command;

import dev.migrate.autogen.CompareOptions;
import dev.migrate.autogen.SchemaDiff;
import dev.migrate.runtime.MigrationListener;
import dev.migrate.runtime.TransactionMode;
import dev.migrate.schema.MetaData;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The commands of Migrate: Alembic's verbs as a Java API. The CLI and the Spring Boot starter call
 * only this. Every command returns a result record and prints nothing; errors are exceptions whose
 * message says what failed, where, and what to do.
 *
 * <pre>{@code
 * try (Migrator migrator = Migrator.builder()
 *         .url("jdbc:postgresql://localhost/app").user("app").password(secret)
 *         .locations("classpath:db/migrations")
 *         .build()) {
 *     RunResult result = migrator.upgrade("heads");
 * }
 * }</pre>
 *
 * <p>A migrator is immutable and opens a connection per command (closing it before returning), so it
 * can be shared; concurrent runs against one database are serialized by the database lock.
 */
public final class Migrator implements AutoCloseable {

    private final MigrateConfig config;
    private final Commands commands;
    private final Autogenerate autogenerate;
    private final SchemaCommands schemaCommands;

    private Migrator(MigrateConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.commands = new Commands(config);
        this.autogenerate = new Autogenerate(config);
        this.schemaCommands = new SchemaCommands(new Database(config));
    }

    /** A migrator for a configuration. */
    public static Migrator create(MigrateConfig config) {
        return new Migrator(config);
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder(MigrateConfig.defaults());
    }

    /** A builder starting from a configuration. */
    public static Builder builder(MigrateConfig base) {
        return new Builder(base);
    }

    /** The configuration. */
    public MigrateConfig config() {
        return config;
    }

    /** Upgrades to every head: {@code upgrade("heads")}. */
    public RunResult upgrade() {
        return upgrade("heads");
    }

    /**
     * Upgrades to a target: {@code heads} (every head), {@code head} (the single head), a revision id
     * or unique prefix, {@code label@head}, {@code +N} or {@code rev+N}. Each step commits with its
     * version-row change and history entry (or, in {@link TransactionMode#ALL}, the whole run commits once).
     */
    public RunResult upgrade(String target) {
        return commands.upgrade(target);
    }

    /**
     * Whether {@code upgrade("heads")} is known to find nothing to do without loading a script: a run with the
     * same scripts (by their {@link dev.migrate.script.ScriptFingerprint fingerprint}) found the database at their
     * heads with every checksum unchanged, and no step, stamp or repair was logged since. Reads only (opens one
     * connection for two small queries). {@code false} means "not known cheaply", not "pending": {@link #status()}
     * tells.
     */
    public boolean upToDateCheaply() {
        return commands.upToDateCheaply();
    }

    /** Downgrades to a target: {@code base}, a revision id, {@code -N}, {@code label@-N}. */
    public RunResult downgrade(String target) {
        return commands.downgrade(target);
    }

    /**
     * Sets the version rows to {@code targets} without running scripts; with {@code purge}, deletes
     * every row first (for a version table naming revisions no script knows).
     */
    public RunResult stamp(List<String> targets, boolean purge) {
        return commands.stamp(targets, purge);
    }

    /**
     * The SQL an upgrade would run, without connecting: from base to {@code target}, or for a range
     * {@code from:to}. Includes {@code CREATE TABLE IF NOT EXISTS} for the version table and history
     * log, {@code BEGIN;}/{@code COMMIT;} per step and the version-table and history statements.
     */
    public String upgradeSql(String target) {
        return commands.upgradeSql(target);
    }

    /** The SQL a downgrade would run, without connecting; the target must be a range {@code from:to}. */
    public String downgradeSql(String range) {
        return commands.downgradeSql(range);
    }

    /** The SQL a stamp would run, without connecting: from base, or from {@code from} in {@code from:to}. */
    public String stampSql(List<String> targets) {
        return commands.stampSql(targets, false);
    }

    /**
     * {@link #stampSql(List)}; with {@code purge}, the script first deletes every version row, whatever the
     * database holds, then writes the rows of {@code targets} (revisions, not a range), in one transaction.
     */
    public String stampSql(List<String> targets, boolean purge) {
        return commands.stampSql(targets, purge);
    }

    /** The version rows, each with its revision or marked unknown. */
    public CurrentResult current() {
        return commands.current();
    }

    /** The revisions of a range, newest first, with their state; {@code history(range, false)}. */
    public HistoryResult history(String range) {
        return history(range, false);
    }

    /**
     * The revisions of a range, newest first, with their state when a connection is configured.
     *
     * @param range   {@code A:B}, {@code :B}, {@code A:}, {@code current:}, {@code :current}, or empty for all
     * @param verbose whether to attach each revision's history-log entries
     */
    public HistoryResult history(String range, boolean verbose) {
        return commands.history(range, verbose);
    }

    /** Every revision with its state, plus version rows that no script declares (for dashboards and Actuator). */
    public StatusResult status() {
        return commands.status();
    }

    /** The heads of the script graph. */
    public List<RevisionInfo> heads() {
        return commands.heads();
    }

    /** The branch points of the script graph (revisions with several children). */
    public List<RevisionInfo> branches() {
        return commands.branches();
    }

    /** One revision: an id, a unique prefix, {@code head}, {@code label@head}, and the like. */
    public RevisionInfo show(String revision) {
        return commands.show(revision);
    }

    /** Writes a new blank script following the head (see {@link RevisionOptions}); no database needed. */
    public ScriptResult revision(String message, RevisionOptions options) {
        return commands.revision(message, options);
    }

    /**
     * Autogenerate: writes a new script (see {@link RevisionOptions}; SQL for the configured dialect, or
     * Java against {@code Ops}) whose upgrade makes the database match {@code declared} and whose downgrade
     * undoes it. The database must be at the heads of the scripts.
     */
    public AutogenerateResult revision(String message, RevisionOptions options, MetaData declared, CompareOptions compare) {
        return autogenerate.revision(message, options, declared, compare);
    }

    /**
     * The differences between {@code declared} and the database, with the ops that would make them match
     * ({@link SchemaDiff#upgradeOps()}); the database may be at any revision. Compares what
     * {@link CompareOptions#defaults()} compares.
     */
    public SchemaDiff compare(MetaData declared) {
        return autogenerate.compare(declared, CompareOptions.defaults());
    }

    /** The differences between {@code declared} and the database, comparing what {@code options} say. */
    public SchemaDiff compare(MetaData declared, CompareOptions options) {
        return autogenerate.compare(declared, options);
    }

    /**
     * The CI gate: the differences between {@code declared} and the database at the heads of the scripts;
     * {@link SchemaDiff#isEmpty()} when they match ({@link SchemaDiff#report()} then says "No changes detected").
     *
     * @throws IllegalStateException when the database is not at the heads
     */
    public SchemaDiff check(MetaData declared) {
        return autogenerate.check(declared, CompareOptions.defaults());
    }

    /** {@link #check(MetaData)}, comparing what {@code options} say. */
    public SchemaDiff check(MetaData declared, CompareOptions options) {
        return autogenerate.check(declared, options);
    }

    /**
     * Creates what of {@code declared} is missing in the database, without migrations (a development
     * database, tests): every missing table, index and constraint, referred tables first; foreign keys
     * in a cycle are added after the tables where the database needs it (PostgreSQL). Runs in one
     * transaction. The columns of tables that exist are not compared ({@link #compare(MetaData)} does
     * that); nothing is stamped, and the version table is not touched.
     */
    public SchemaResult createAll(MetaData declared) {
        return schemaCommands.createAll(declared);
    }

    /**
     * Drops the tables of {@code declared} that exist, in reverse creation order (on PostgreSQL the
     * foreign keys of cycles first), in one transaction. Tables that are not declared, the version
     * table and the history log stay.
     */
    public SchemaResult dropAll(MetaData declared) {
        return schemaCommands.dropAll(declared);
    }

    /** Writes a merge script whose down revisions are {@code revisions} (e.g. {@code heads}); no database needed. */
    public ScriptResult merge(List<String> revisions, String message) {
        return commands.merge(revisions, message, RevisionOptions.defaults());
    }

    /**
     * {@link #merge(List, String)} with a chosen id ({@code revId}), branch labels, format, folder or Java package
     * from {@code options}, as {@code alembic merge --rev-id --branch-label}; head, splice and depends-on do not apply.
     */
    public ScriptResult merge(List<String> revisions, String message, RevisionOptions options) {
        return commands.merge(revisions, message, options);
    }

    /**
     * Creates a migrations directory and a {@code migrate.properties} template in the working directory;
     * existing files are left alone.
     */
    public InitResult init(Path directory) {
        return commands.init(directory, Path.of(MigrateProperties.FILE_NAME));
    }

    /** Creates a migrations directory and a {@code migrate.properties} template at {@code propertiesFile}. */
    public InitResult init(Path directory, Path propertiesFile) {
        return commands.init(directory, propertiesFile);
    }

    /** Accepts the current checksums of applied scripts whose content changed, logging a repair entry for each. */
    public RepairResult repairChecksums() {
        return commands.repairChecksums();
    }

    /** Releases nothing today (connections are per command); kept so callers can use try-with-resources. */
    @Override
    public void close() {
    }

    /** Fills a {@link MigrateConfig}; {@link #build()} makes the migrator. */
    public static final class Builder {
        private ConnectionSource connection;
        private String url;
        private String user;
        private String password;
        private List<String> locations;
        private List<String> javaPackages;
        private ClassLoader classLoader;
        private String versionTable;
        private String historyTable;
        private String schema;
        private String dialect;
        private TransactionMode transactionMode;
        private Duration lockTimeout;
        private boolean acceptChecksums;
        private final List<MigrationListener> listeners = new ArrayList<>();

        private Builder(MigrateConfig base) {
            connection = base.connection();
            if (connection instanceof ConnectionSource.FromUrl fromUrl) {
                url = fromUrl.url();
                user = fromUrl.user();
                password = fromUrl.password();
                connection = null;
            }
            locations = base.locations();
            javaPackages = base.javaPackages();
            classLoader = base.classLoader();
            versionTable = base.versionTable();
            historyTable = base.historyTable();
            schema = base.schema();
            dialect = base.dialect();
            transactionMode = base.transactionMode();
            lockTimeout = base.lockTimeout();
            acceptChecksums = base.acceptChecksums();
            listeners.addAll(base.listeners());
        }

        /** Connections from a data source (replaces a URL). */
        public Builder dataSource(DataSource dataSource) {
            this.connection = dataSource == null ? null : ConnectionSource.of(dataSource);
            this.url = null;
            return this;
        }

        /** Connections from {@link java.sql.DriverManager} for this JDBC URL (replaces a data source). */
        public Builder url(String url) {
            this.url = url;
            this.connection = null;
            return this;
        }

        /** The user for {@link #url}. */
        public Builder user(String user) {
            this.user = user;
            return this;
        }

        /** The password for {@link #url}. */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /** Script locations ({@code classpath:...}, {@code filesystem:...}); default {@code classpath:db/migrations}. */
        public Builder locations(String... locations) {
            return locations(Arrays.asList(locations));
        }

        /** Script locations; default {@code classpath:db/migrations}. */
        public Builder locations(List<String> locations) {
            this.locations = locations;
            return this;
        }

        /** Packages scanned for Java migrations. */
        public Builder javaPackages(String... packages) {
            return javaPackages(Arrays.asList(packages));
        }

        /** Packages scanned for Java migrations. */
        public Builder javaPackages(List<String> packages) {
            this.javaPackages = packages;
            return this;
        }

        /** The class loader for classpath locations and Java migrations. */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = classLoader;
            return this;
        }

        /** The version table name ({@code migrate_version}; {@code alembic_version} to take over from Alembic). */
        public Builder versionTable(String versionTable) {
            this.versionTable = versionTable;
            return this;
        }

        /** The history log name ({@code migrate_history}). */
        public Builder historyTable(String historyTable) {
            this.historyTable = historyTable;
            return this;
        }

        /** The schema of the version table and history log (PostgreSQL). */
        public Builder schema(String schema) {
            this.schema = schema;
            return this;
        }

        /** The dialect name, to override the one derived from the URL or connection. */
        public Builder dialect(String dialect) {
            this.dialect = dialect;
            return this;
        }

        /** One transaction per step (default) or for the whole run. */
        public Builder transactionMode(TransactionMode transactionMode) {
            this.transactionMode = transactionMode;
            return this;
        }

        /** How long to wait for another migration's lock (default 60 s). */
        public Builder lockTimeout(Duration lockTimeout) {
            this.lockTimeout = lockTimeout;
            return this;
        }

        /** Whether upgrades accept changed checksums of applied scripts (recording the new ones). */
        public Builder acceptChecksums(boolean acceptChecksums) {
            this.acceptChecksums = acceptChecksums;
            return this;
        }

        /** Adds a progress listener. */
        public Builder listener(MigrationListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** The configuration filled so far. */
        public MigrateConfig config() {
            ConnectionSource source = connection != null ? connection
                    : url != null ? ConnectionSource.of(url, user, password) : null;
            return new MigrateConfig(source, locations, javaPackages, classLoader, versionTable, historyTable, schema,
                    dialect, transactionMode, lockTimeout, acceptChecksums, listeners);
        }

        /** The migrator for the configuration filled so far. */
        public Migrator build() {
            return new Migrator(config());
        }
    }
}
