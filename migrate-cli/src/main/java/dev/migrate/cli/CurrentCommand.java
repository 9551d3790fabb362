package dev.migrate.cli;

import dev.migrate.command.CurrentResult;
import dev.migrate.command.RevisionInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code migrate current}: the revisions the database is at. */
@Command(name = "current", description = "Show the current revision(s) of the database.")
final class CurrentCommand extends Verb {

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    int run(Session session) {
        CurrentResult current = session.connected().current();
        GraphView graph = session.graph();
        RevisionFormat format = new RevisionFormat(graph, env()::displaySource);
        if (json) {
            JsonViews views = new JsonViews(graph);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (CurrentResult.Row row : current.rows()) {
                rows.add(row.info().map(info -> {
                    Map<String, Object> m = views.revision(info);
                    m.put("known", true);
                    return m;
                }).orElseGet(() -> JsonViews.unknown(row.revision())));
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("versionTable", current.versionTable());
            doc.put("current", rows);
            out().println(Json.write(doc));
            return Errors.OK;
        }
        if (options().verbose) {
            out().println("Current revision(s) for " + session.describeDatabase() + ":");
        }
        for (CurrentResult.Row row : current.rows()) {
            if (row.info().isEmpty()) {
                out().println(row.revision() + " (unknown)");
                continue;
            }
            RevisionInfo info = row.info().get();
            out().println(options().verbose ? format.entry(info, false, List.of())
                    : format.line(info, RevisionFormat.Parts.CURRENT, false));
        }
        if (current.hasUnknown()) {
            List<String> unknown = current.rows().stream().filter(r -> !r.known()).map(CurrentResult.Row::revision)
                    .toList();
            err().println("migrate: warning: the version table " + current.versionTable() + " names "
                    + String.join(", ", unknown) + ", which no script declares: the database is ahead of the code. "
                    + "Deploy the code that has these revisions, or, if the database was restored by hand, set its "
                    + "version with 'migrate stamp --purge <revision>'.");
        }
        return Errors.OK;
    }
}
