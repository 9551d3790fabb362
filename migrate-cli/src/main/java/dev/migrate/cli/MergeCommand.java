package dev.migrate.cli;

import dev.migrate.command.RevisionOptions;
import dev.migrate.command.ScriptResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code migrate merge REV... -m MESSAGE [--rev-id ID] [--branch-label LABEL]}: a script that joins branches. */
@Command(name = "merge", description = "Create a merge revision whose parents are the given revisions "
        + "(e.g. heads); no database needed.")
final class MergeCommand extends Verb {

    @Parameters(paramLabel = "REV", arity = "1..*", description = "The revisions to merge, e.g. heads or a1 b2.")
    List<String> revisions;

    @Option(names = {"-m", "--message"}, paramLabel = "MESSAGE", required = true,
            description = "What the merge is for.")
    String message;

    @Option(names = "--rev-id", paramLabel = "ID", description = "The id to use instead of a random one.")
    String revId;

    @Option(names = "--branch-label", paramLabel = "LABEL", description = "A branch label for the merge revision; "
            + "repeatable.")
    List<String> branchLabels = new ArrayList<>();

    @Option(names = "--version-path", paramLabel = "DIR",
            description = "The folder to write to. Default: the first filesystem: location.")
    Path versionPath;

    @Override
    int run(Session session) {
        RevisionOptions options = RevisionOptions.defaults().withRevId(revId);
        for (String label : branchLabels) {
            options = options.withBranchLabel(label);
        }
        if (versionPath != null) {
            options = options.withDirectory(env().resolve(versionPath));
        }
        ScriptResult result = session.scripts().merge(revisions, message, options);
        out().println("Generating " + env().display(result.file()) + " ... done");
        return Errors.OK;
    }
}
