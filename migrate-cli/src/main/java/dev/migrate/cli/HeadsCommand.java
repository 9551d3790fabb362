package dev.migrate.cli;

import dev.migrate.command.RevisionInfo;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code migrate heads}: the revisions nothing follows. */
@Command(name = "heads", description = "Show the head revisions of the scripts (no database needed).")
final class HeadsCommand extends Verb {

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    int run(Session session) {
        List<RevisionInfo> heads = session.scripts().heads();
        GraphView graph = session.graph();
        if (json) {
            JsonViews views = new JsonViews(graph);
            out().println(Json.write(JsonViews.of("heads", heads.stream().map(views::revision).toList())));
            return Errors.OK;
        }
        RevisionFormat format = new RevisionFormat(graph, env()::displaySource);
        for (RevisionInfo head : heads) {
            out().println(options().verbose ? format.entry(head, false, List.of())
                    : format.line(head, RevisionFormat.Parts.HEADS, false));
        }
        return Errors.OK;
    }
}
