package dev.migrate.runtime;

import dev.migrate.graph.Revision;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.script.Checksum;
import dev.migrate.script.Script;
import dev.migrate.script.Scripts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The scripts and their graph, as one value: what the runner plans from.
 *
 * @param scripts the loaded scripts
 * @param graph   the revision graph of their revisions
 */
public record Migrations(Scripts scripts, RevisionGraph graph) {

    public Migrations {
        Objects.requireNonNull(scripts, "scripts");
        Objects.requireNonNull(graph, "graph");
    }

    /** Builds the graph of the scripts (validating it). */
    public static Migrations of(Scripts scripts) {
        return new Migrations(scripts, RevisionGraph.of(scripts.revisions()));
    }

    /** The rows no script declares. */
    public List<String> unknown(List<String> rows) {
        return rows.stream().filter(r -> graph.find(r).isEmpty()).toList();
    }

    /** Every revision applied when the version table holds {@code rows}: the rows and all below them. */
    public Set<String> applied(List<String> rows) {
        Set<String> applied = new LinkedHashSet<>();
        for (String row : rows) {
            if (graph.find(row).isPresent()) {
                applied.add(row);
                graph.ancestors(row).forEach(r -> applied.add(r.id()));
            }
        }
        return applied;
    }

    /** The applied scripts that have checksums, in the order they were applied, to compare with the ones logged. */
    public List<ChecksumCheck> checksums(List<String> rows) {
        Set<String> applied = applied(rows);
        List<ChecksumCheck> checks = new ArrayList<>();
        for (String id : graph.topologicalOrder().stream().map(Revision::id).filter(applied::contains).toList()) {
            Script script = scripts.get(id);
            script.checksum().map(Checksum::value)
                    .ifPresent(sum -> checks.add(new ChecksumCheck(id, script.location(), sum)));
        }
        return checks;
    }

    /** The revision of {@code id}. */
    public Revision revision(String id) {
        return graph.get(id);
    }
}
