package dev.migrate.cli;

import dev.migrate.command.RevisionInfo;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code migrate branches}: the branch points and what follows each. */
@Command(name = "branches", description = "Show the branch points of the scripts (no database needed).")
final class BranchesCommand extends Verb {

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    int run(Session session) {
        GraphView graph = session.graph();
        List<RevisionInfo> points = graph.revisions().stream().filter(r -> graph.branchPoint(r.id())).toList();
        if (json) {
            JsonViews views = new JsonViews(graph);
            out().println(Json.write(JsonViews.of("branchPoints", points.stream().map(views::revision).toList())));
            return Errors.OK;
        }
        RevisionFormat format = new RevisionFormat(graph, env()::displaySource);
        boolean verbose = options().verbose;
        for (RevisionInfo point : points) {
            out().println(verbose ? format.entry(point, false, List.of())
                    : format.line(point, RevisionFormat.Parts.BRANCHES, false));
            String indent = " ".repeat(point.id().length());
            for (String child : graph.children(point.id())) {
                graph.find(child).ifPresent(c -> out().println(indent + " -> "
                        + format.line(c, new RevisionFormat.Parts(true, verbose, false, true), false)));
            }
            out().println();
        }
        return Errors.OK;
    }
}
