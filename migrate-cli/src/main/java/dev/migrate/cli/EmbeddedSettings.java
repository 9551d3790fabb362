package dev.migrate.cli;

import dev.migrate.command.Migrator;
import java.util.List;

/**
 * The settings of a verb run inside an application ({@link EmbeddedCli}): only what the command line gives, since
 * the application configures the rest. The connection is the application's own, so the connection options and
 * {@code --config} are refused; the environment and {@code migrate.properties} are not read.
 */
final class EmbeddedSettings {

    private EmbeddedSettings() {
    }

    /** The options as settings; lists left empty and values {@code null} where the application's apply. */
    static Settings resolve(GlobalOptions options, CliEnvironment env) {
        refuse(options.url != null, "--url");
        refuse(options.user != null, "--user");
        refuse(options.password != null, "--password");
        if (options.config != null) {
            throw new UsageException("--config is not used when the application runs the verb: it is configured by "
                    + "its own properties (migrate.* in application.properties, or --migrate.name=value arguments); "
                    + "leave --config out");
        }
        List<String> locations = options.locations == null ? List.of()
                : Settings.absolute(options.locations, env.workingDirectory());
        List<String> javaPackages = options.javaPackages == null ? List.of() : Settings.trimmed(options.javaPackages);
        if (options.dialect != null) {
            Settings.checkDialect(options.dialect, "--dialect");
        }
        return new Settings(null, null, null, null, locations, javaPackages,
                Settings.classpath(options.classpath, env.workingDirectory(), "--classpath"), options.versionTable,
                options.historyTable, options.schema, options.dialect,
                options.transactionMode == null ? null
                        : Settings.transactionMode(options.transactionMode, "--transaction-mode"),
                options.lockTimeout == null ? null : Settings.duration(options.lockTimeout, "--lock-timeout"),
                null, null);
    }

    /** {@code base}, the application's configuration, with what the command line gives put over it. */
    static Migrator.Builder apply(Settings s, Migrator.Builder base, ClassLoader classLoader) {
        if (!s.locations().isEmpty()) {
            base.locations(s.locations());
        }
        if (!s.javaPackages().isEmpty()) {
            base.javaPackages(s.javaPackages());
        }
        if (s.versionTable() != null) {
            base.versionTable(s.versionTable());
        }
        if (s.historyTable() != null) {
            base.historyTable(s.historyTable());
        }
        if (s.schema() != null) {
            base.schema(s.schema());
        }
        if (s.dialect() != null) {
            base.dialect(s.dialect());
        }
        if (s.transactionMode() != null) {
            base.transactionMode(s.transactionMode());
        }
        if (s.lockTimeout() != null) {
            base.lockTimeout(s.lockTimeout());
        }
        if (classLoader != null) {
            base.classLoader(classLoader);
        }
        return base;
    }

    private static void refuse(boolean given, String option) {
        if (given) {
            throw new UsageException(option + " is not used when the application runs the verb: it connects with its "
                    + "own DataSource. Configure that instead (spring.datasource.*, or migrate.url for a dedicated "
                    + "connection) and leave " + option + " out");
        }
    }
}
