package dev.migrate.boot.autoconfigure;

import dev.migrate.command.MigrateConfig;
import dev.migrate.runtime.TransactionMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties of Migrate, under {@code migrate.*}. Debug mode itself is switched by
 * {@code app.debug}.
 */
@ConfigurationProperties("migrate")
public class MigrateProperties {

    /**
     * Whether to enable Migrate.
     */
    private boolean enabled = true;

    /**
     * Locations of the SQL migration scripts, as 'classpath:' or 'filesystem:' folders.
     */
    private List<String> locations = new ArrayList<>(List.of(MigrateConfig.DEFAULT_LOCATION));

    /**
     * Packages scanned for Java migrations (classes implementing dev.migrate.op.Migration).
     */
    private List<String> javaPackages = new ArrayList<>();

    /**
     * Name of the version table, which holds one row per current head. 'alembic_version' takes over a
     * database that Alembic managed.
     */
    private String versionTable = MigrateConfig.DEFAULT_VERSION_TABLE;

    /**
     * Name of the history table, the log of every upgrade, downgrade and stamp.
     */
    private String historyTable = MigrateConfig.DEFAULT_HISTORY_TABLE;

    /**
     * Schema of the version and history tables. Defaults to the connection's current schema.
     */
    private String schema;

    /**
     * Revision to upgrade to at startup: 'heads' (every head), 'head' (the single head), a revision id,
     * or 'label@head'.
     */
    private String target = "heads";

    /**
     * What to do with the database at startup: 'upgrade' (after the context refreshed, before the
     * application is ready), 'initializer' (upgrade during the refresh, before JdbcTemplate, JPA and
     * jOOQ beans), 'validate' (fail when a revision is pending or a checksum changed) or 'none'.
     */
    private Startup startup = Startup.UPGRADE;

    /**
     * How a run groups its steps into transactions: 'per-step' (each revision commits on its own) or
     * 'all' (one transaction for the whole run).
     */
    private TransactionMode transactionMode = TransactionMode.PER_STEP;

    /**
     * How long to wait for another instance's migration lock before failing.
     */
    private Duration lockTimeout = MigrateConfig.DEFAULT_LOCK_TIMEOUT;

    /**
     * JDBC URL of the database to migrate, when it is not the application's DataSource.
     */
    private String url;

    /**
     * Login user of the database to migrate. With no 'url', connects to the application's database
     * as this user.
     */
    private String user;

    /**
     * Login password of the database to migrate.
     */
    private String password;

    private final Web web = new Web();

    private final Debug debug = new Debug();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public List<String> getLocations() {
        return locations;
    }

    public void setLocations(List<String> locations) {
        this.locations = locations;
    }

    public List<String> getJavaPackages() {
        return javaPackages;
    }

    public void setJavaPackages(List<String> javaPackages) {
        this.javaPackages = javaPackages;
    }

    public String getVersionTable() {
        return versionTable;
    }

    public void setVersionTable(String versionTable) {
        this.versionTable = versionTable;
    }

    public String getHistoryTable() {
        return historyTable;
    }

    public void setHistoryTable(String historyTable) {
        this.historyTable = historyTable;
    }

    public String getSchema() {
        return schema;
    }

    public void setSchema(String schema) {
        this.schema = schema;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public Startup getStartup() {
        return startup;
    }

    public void setStartup(Startup startup) {
        this.startup = startup;
    }

    public TransactionMode getTransactionMode() {
        return transactionMode;
    }

    public void setTransactionMode(TransactionMode transactionMode) {
        this.transactionMode = transactionMode;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Web getWeb() {
        return web;
    }

    public Debug getDebug() {
        return debug;
    }

    /** What the application does with its database at startup. */
    public enum Startup {
        /** Upgrade to the target after the context refreshed, before the application reports ready. */
        UPGRADE,
        /** Upgrade to the target during the context refresh, before beans that use the database. */
        INITIALIZER,
        /** Fail the startup when a revision is pending, a checksum changed or the database is ahead. */
        VALIDATE,
        /** Leave the database alone. */
        NONE
    }

    /** Web applications while the database migrates. */
    public static class Web {

        /**
         * Whether to answer web requests other than Actuator's with '503 Service Unavailable' while the
         * database migrates at startup.
         */
        private boolean blockDuringMigration = true;

        /**
         * Value of the Retry-After header of those 503 responses.
         */
        private Duration retryAfter = Duration.ofSeconds(5);

        public boolean isBlockDuringMigration() {
            return blockDuringMigration;
        }

        public void setBlockDuringMigration(boolean blockDuringMigration) {
            this.blockDuringMigration = blockDuringMigration;
        }

        public Duration getRetryAfter() {
            return retryAfter;
        }

        public void setRetryAfter(Duration retryAfter) {
            this.retryAfter = retryAfter;
        }
    }

    /** Debug mode ({@code app.debug=true}): tables created from the MetaData bean instead of migrations. */
    public static class Debug {

        /**
         * Whether debug mode drops the declared tables and creates them again at startup (and seeds
         * them), to follow a changed MetaData.
         */
        private boolean reset;

        /**
         * Seed SQL scripts run, in file name order, after debug mode created the tables.
         */
        private List<String> seedLocations = new ArrayList<>(List.of("classpath:db/seed/*.sql"));

        public boolean isReset() {
            return reset;
        }

        public void setReset(boolean reset) {
            this.reset = reset;
        }

        public List<String> getSeedLocations() {
            return seedLocations;
        }

        public void setSeedLocations(List<String> seedLocations) {
            this.seedLocations = seedLocations;
        }
    }
}
