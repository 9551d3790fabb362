package dev.migrate.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options every verb takes: where the database and the scripts are, and how much to print. They are
 * inherited, so they may stand before the verb ({@code migrate --url … upgrade head}) or after it; values land
 * here, on the top command.
 */
final class GlobalOptions {

    /** What {@code --password} holds when it was given without a value: ask for it. */
    static final String PROMPT = "\u0000prompt";

    @Option(names = "--url", paramLabel = "URL", scope = ScopeType.INHERIT, order = 1,
            description = "JDBC URL of the database (postgres://user:pass@host/db is converted). "
                    + "Default: $DATABASE_URL, then migrate.url in the properties file.")
    String url;

    @Option(names = "--user", paramLabel = "USER", scope = ScopeType.INHERIT, order = 2,
            description = "Database user. Default: $MIGRATE_USER, then migrate.user.")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", arity = "0..1", fallbackValue = PROMPT,
            scope = ScopeType.INHERIT, order = 3,
            description = "Database password; without a value it is asked for. "
                    + "Default: $MIGRATE_PASSWORD, then migrate.password.")
    String password;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT, order = 4,
            description = "Properties file with migrate.* keys. Default: migrate.properties in the working "
                    + "directory, when it exists.")
    Path config;

    @Option(names = "--locations", paramLabel = "LOCATION", split = ",", scope = ScopeType.INHERIT, order = 5,
            description = "Script locations, filesystem:DIR or classpath:PATH, comma separated. "
                    + "Default: migrate.locations, then filesystem:db/migrations (in the working directory).")
    List<String> locations;

    @Option(names = "--java-packages", paramLabel = "PACKAGE", split = ",", scope = ScopeType.INHERIT, order = 6,
            description = "Packages scanned for Java migrations, comma separated.")
    List<String> javaPackages;

    @Option(names = "--classpath", paramLabel = "PATH", scope = ScopeType.INHERIT, order = 7,
            description = "Extra jars and class folders for Java migrations, classpath: locations and the "
                    + "--metadata class, separated by the platform's path separator; repeatable. "
                    + "Also migrate.classpath in the properties file.")
    List<String> classpath = new ArrayList<>();

    @Option(names = "--version-table", paramLabel = "NAME", scope = ScopeType.INHERIT, order = 8,
            description = "Version table. Default: migrate_version (alembic_version takes over from Alembic).")
    String versionTable;

    @Option(names = "--history-table", paramLabel = "NAME", scope = ScopeType.INHERIT, order = 9,
            description = "History log table. Default: migrate_history.")
    String historyTable;

    @Option(names = "--schema", paramLabel = "SCHEMA", scope = ScopeType.INHERIT, order = 10,
            description = "Schema of the version table and history log (PostgreSQL).")
    String schema;

    @Option(names = "--dialect", paramLabel = "DIALECT", scope = ScopeType.INHERIT, order = 11,
            description = "postgresql or sqlite. Default: derived from the URL.")
    String dialect;

    @Option(names = "--transaction-mode", paramLabel = "MODE", scope = ScopeType.INHERIT, order = 12,
            description = "per-step (each revision commits on its own, the default) or all (one transaction).")
    String transactionMode;

    @Option(names = "--lock-timeout", paramLabel = "DURATION", scope = ScopeType.INHERIT, order = 13,
            description = "How long to wait for another migration's lock, e.g. 30s, 5m, PT1M. Default: 60s.")
    String lockTimeout;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, order = 14,
            description = "Verbose output: Alembic's long revision format, and informational logs on stderr.")
    boolean verbose;

    @Option(names = {"-X", "--stacktrace"}, scope = ScopeType.INHERIT, order = 15,
            description = "On an error, print the stack trace (passwords masked); debug logs on stderr.")
    boolean stacktrace;
}
