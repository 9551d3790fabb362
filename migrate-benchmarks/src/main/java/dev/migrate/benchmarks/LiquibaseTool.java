package dev.migrate.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.HistoryCommandStep;
import liquibase.command.core.StatusCommandStep;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Liquibase (open source) through its command API, with one formatted-SQL changelog holding one
 * changeset (and its rollback) per migration. Usage analytics are switched off and its console
 * output goes to a logger muted at WARNING, so that neither the network nor the terminal is timed.
 */
final class LiquibaseTool implements Tool {

    static final String CHANGELOG = "changelog.sql";

    /** JUL holds loggers weakly; this reference keeps the level set below. */
    private static final Logger LIQUIBASE_LOGGER = Logger.getLogger("liquibase");

    static {
        System.setProperty("liquibase.analytics.enabled", "false");
        LIQUIBASE_LOGGER.setLevel(Level.WARNING);
    }

    @Override
    public String id() {
        return "liquibase";
    }

    @Override
    public String name() {
        return "Liquibase";
    }

    @Override
    public String version() {
        return liquibase.util.LiquibaseUtil.getBuildVersion();
    }

    @Override
    public void writeScripts(Path dir, List<Step> steps) throws IOException {
        StringBuilder changelog = new StringBuilder("--liquibase formatted sql\n");
        for (Step step : steps) {
            changelog.append("\n--changeset bench:").append(step.index()).append('\n')
                    .append(step.upgradeSql()).append('\n')
                    .append("--rollback ").append(step.downgradeSql()).append('\n');
        }
        Files.writeString(dir.resolve(CHANGELOG), changelog);
    }

    @Override
    public void upgrade(Target target, Path scripts) throws Exception {
        inScope(target, scripts, database -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                .setOutput(OutputStream.nullOutputStream())
                .execute());
    }

    @Override
    public void status(Target target, Path scripts) throws Exception {
        inScope(target, scripts, database -> {
            new CommandScope(StatusCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue("changelogFile", CHANGELOG)
                    .addArgumentValue(StatusCommandStep.VERBOSE_ARG, true)
                    .setOutput(OutputStream.nullOutputStream())
                    .execute();
            new CommandScope(HistoryCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .setOutput(OutputStream.nullOutputStream())
                    .execute();
        });
    }

    @Override
    public Support<SchemaCompare> schemaCompare() {
        return Support.of(new LiquibaseDiff());
    }

    /** Work that needs an open Liquibase database. */
    interface DatabaseWork {
        void run(Database database) throws Exception;
    }

    /** Runs {@code work} with a fresh connection, the scripts folder as resource accessor and quiet output. */
    static void inScope(Target target, Path scripts, DatabaseWork work) throws Exception {
        try (Connection connection = target.dataSource().getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            try {
                Map<String, Object> scope = Map.of(
                        Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(scripts),
                        Scope.Attr.ui.name(), new LoggerUIService());
                Scope.child(scope, () -> work.run(database));
            } finally {
                database.close();
            }
        }
    }
}
