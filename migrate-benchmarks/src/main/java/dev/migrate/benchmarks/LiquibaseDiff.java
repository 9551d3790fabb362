package dev.migrate.benchmarks;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import liquibase.command.CommandScope;
import liquibase.command.core.DiffCommandStep;
import liquibase.command.core.SnapshotCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ReferenceDbUrlConnectionCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.diff.DiffResult;
import liquibase.resource.DirectoryResourceAccessor;

/**
 * W4 for Liquibase: {@code diff} of the live database against a reference model. Liquibase has no
 * declared-schema source of its own, so the model is its JSON snapshot of the same schema, written
 * untimed by {@link #prepare}; the timed call reads that file (the model) and introspects the live
 * database (the one side every tool must read), like an autogenerate that finds no change.
 */
final class LiquibaseDiff implements SchemaCompare {

    private static final String SNAPSHOT = "reference-snapshot.json";

    @Override
    public String method() {
        return "`diff` against an offline reference (`offline:<db>?snapshot=…`, Liquibase's JSON snapshot of the same schema)";
    }

    @Override
    public void prepare(Target target, Path work, SchemaFixture fixture) throws Exception {
        try (OutputStream out = Files.newOutputStream(work.resolve(SNAPSHOT))) {
            LiquibaseTool.inScope(target, work, database -> new CommandScope(SnapshotCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(SnapshotCommandStep.SNAPSHOT_FORMAT_ARG, "json")
                    .setOutput(out)
                    .execute());
        }
    }

    @Override
    public int compare(Target target, Path work) throws Exception {
        int[] differences = new int[1];
        LiquibaseTool.inScope(target, work, database -> {
            Database reference = DatabaseFactory.getInstance().openDatabase(
                    "offline:" + target.dbms().id() + "?snapshot=" + SNAPSHOT, null, null, null,
                    new DirectoryResourceAccessor(work));
            try {
                DiffResult diff = new CommandScope(DiffCommandStep.COMMAND_NAME)
                        .addArgumentValue(ReferenceDbUrlConnectionCommandStep.REFERENCE_DATABASE_ARG, reference)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .setOutput(OutputStream.nullOutputStream())
                        .execute()
                        .getResult(DiffCommandStep.DIFF_RESULT);
                differences[0] = diff.getMissingObjects().size() + diff.getUnexpectedObjects().size()
                        + diff.getChangedObjects().size();
            } finally {
                reference.close();
            }
        });
        return differences[0];
    }
}
