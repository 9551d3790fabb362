package dev.migrate.cli;

import dev.migrate.command.ScriptResult;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code migrate merge REV... -m MESSAGE}: a script that joins branches. */
@Command(name = "merge", description = "Create a merge revision whose parents are the given revisions "
        + "(e.g. heads); no database needed.")
final class MergeCommand extends Verb {

    @Parameters(paramLabel = "REV", arity = "1..*", description = "The revisions to merge, e.g. heads or a1 b2.")
    List<String> revisions;

    @Option(names = {"-m", "--message"}, paramLabel = "MESSAGE", required = true,
            description = "What the merge is for.")
    String message;

    @Override
    int run(Session session) {
        ScriptResult result = session.scripts().merge(revisions, message);
        out().println("Generating " + env().display(result.file()) + " ... done");
        return Errors.OK;
    }
}
