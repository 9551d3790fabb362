package dev.migrate.cli;

import dev.migrate.autogen.CompareOptions;
import dev.migrate.autogen.Difference;
import dev.migrate.command.AutogenerateResult;
import dev.migrate.command.RevisionOptions;
import dev.migrate.command.ScriptFormat;
import dev.migrate.command.ScriptResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import dev.migrate.schema.MetaData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code migrate revision -m MESSAGE}: a new, empty script after the head; with {@code --autogenerate}, one holding
 * the changes that bring the database to the declared schema.
 */
@Command(name = "revision", description = {"Create a new revision script after the head (no database needed).",
        "With --autogenerate, the script holds what makes the database (at head) match the declared schema."})
final class RevisionCommand extends Verb {

    @Option(names = "--autogenerate", description = "Compare the declared schema (--metadata) with the database and "
            + "write the differences as the upgrade, and their reverse as the downgrade. Review the script.")
    boolean autogenerate;

    @Mixin
    SchemaOptions schema;

    @Option(names = {"-m", "--message"}, paramLabel = "MESSAGE", required = true,
            description = "What the revision does; also the file name's slug.")
    String message;

    @Option(names = "--head", paramLabel = "REV",
            description = "The revision (or label@head) the new one follows. Default: head.")
    String head;

    @Option(names = "--splice", description = "Allow --head to name a revision that is not a head (starts a branch).")
    boolean splice;

    @Option(names = "--branch-label", paramLabel = "LABEL", description = "A branch label for the new revision; "
            + "repeatable.")
    List<String> branchLabels = new ArrayList<>();

    @Option(names = "--depends-on", paramLabel = "REV", split = ",",
            description = "Revisions the new one depends on (not parents); repeatable or comma separated.")
    List<String> dependsOn = new ArrayList<>();

    @Option(names = "--rev-id", paramLabel = "ID", description = "The id to use instead of a random one.")
    String revId;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "sql",
            description = "sql (a .sql file, the default) or java (a class implementing Migration).")
    String format;

    @Option(names = "--package", paramLabel = "PACKAGE",
            description = "The package of a --format java migration. Default: the first of --java-packages.")
    String javaPackage;

    @Option(names = "--version-path", paramLabel = "DIR",
            description = "The folder to write to. Default: the first filesystem: location.")
    Path versionPath;

    @Override
    int run(Session session) {
        ScriptFormat scriptFormat = format(format);
        if (scriptFormat == ScriptFormat.JAVA && versionPath == null) {
            throw new UsageException("revision --format java needs --version-path DIR, the source folder to write the "
                    + "class to (such as src/main/java)");
        }
        if (!autogenerate && schema.given()) {
            throw new UsageException("--metadata, --include-tables, --exclude-tables and --compare-server-defaults "
                    + "apply to revision --autogenerate only; add --autogenerate or leave them out");
        }
        if (scriptFormat == ScriptFormat.JAVA && javaPackage == null && options().javaPackages == null
                && session.scripts().config().javaPackages().isEmpty()) {
            throw new UsageException("revision --format java needs the package of the class: give --package "
                    + "(such as --package com.example.migrations) or --java-packages");
        }
        RevisionOptions revisionOptions = RevisionOptions.defaults()
                .withHead(head)
                .withSplice(splice)
                .withDependsOn(dependsOn.toArray(String[]::new))
                .withRevId(revId)
                .withFormat(scriptFormat);
        for (String label : branchLabels) {
            revisionOptions = revisionOptions.withBranchLabel(label);
        }
        if (javaPackage != null) {
            revisionOptions = revisionOptions.withJavaPackage(javaPackage);
        }
        if (versionPath != null) {
            revisionOptions = revisionOptions.withDirectory(env().resolve(versionPath));
        }
        if (autogenerate) {
            return autogenerate(session, revisionOptions);
        }
        ScriptResult result = session.scripts().revision(message, revisionOptions);
        out().println("Generating " + env().display(result.file()) + " ... done");
        return Errors.OK;
    }

    private int autogenerate(Session session, RevisionOptions revisionOptions) {
        CompareOptions compare = schema.compareOptions();
        MetaData declared = session.declaredSchema(schema.metadata, "revision --autogenerate");
        AutogenerateResult result;
        try {
            result = session.connected().revision(message, revisionOptions, declared, compare);
        } catch (IllegalStateException e) {
            throw new StateException(e);
        }
        for (Difference difference : result.diff().differences()) {
            out().println("Detected " + difference.description());
        }
        if (result.diff().isEmpty()) {
            out().println("No changes detected; the revision's upgrade and downgrade are empty");
        }
        for (String note : result.diff().notes()) {
            out().println("Review: " + note);
        }
        out().println("Generating " + env().display(result.script().file()) + " ... done");
        return Errors.OK;
    }

    static ScriptFormat format(String text) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "sql" -> ScriptFormat.SQL;
            case "java" -> ScriptFormat.JAVA;
            default -> throw new UsageException("Unknown --format '" + text + "'; use sql or java");
        };
    }
}
