package dev.migrate.cli;

import dev.migrate.command.CurrentResult;
import dev.migrate.command.RevisionInfo;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code migrate show REV}: one revision in full. */
@Command(name = "show", description = "Show a revision in full: its parents, branches, script and message.")
final class ShowCommand extends Verb {

    @Parameters(paramLabel = "REV", description = "A revision id or unique prefix, head, label@head, or current "
            + "(the database's revisions; needs a database).")
    String revision;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    int run(Session session) {
        List<RevisionInfo> revisions = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        if ("current".equals(revision)) {
            CurrentResult current = session.connected().current();
            for (CurrentResult.Row row : current.rows()) {
                row.info().ifPresentOrElse(revisions::add, () -> unknown.add(row.revision()));
            }
        } else {
            revisions.add(session.scripts().show(revision));
        }
        GraphView graph = session.graph();
        if (json) {
            JsonViews views = new JsonViews(graph);
            List<Object> items = new ArrayList<>(revisions.stream().map(views::revision).toList());
            unknown.forEach(id -> items.add(JsonViews.unknown(id)));
            out().println(Json.write(JsonViews.of("revisions", items)));
            return Errors.OK;
        }
        RevisionFormat format = new RevisionFormat(graph, env()::displaySource);
        for (RevisionInfo r : revisions) {
            out().println(format.entry(r, false, List.of()));
        }
        for (String id : unknown) {
            out().println("Rev: " + id + " (unknown: no script declares it)\n");
        }
        return Errors.OK;
    }
}
