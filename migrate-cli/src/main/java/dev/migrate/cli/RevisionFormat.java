package dev.migrate.cli;

import dev.migrate.command.RevisionInfo;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Alembic's text formats for a revision. The short form is
 * {@code <down> (<depends-on>) -> <rev> (<labels>) (head) (current) (branchpoint) (mergepoint), <message>},
 * each part present only when asked for and true; the long ("verbose") form is the {@code Rev:} / {@code Parent:}
 * / {@code Path:} block followed by the indented message.
 */
final class RevisionFormat {

    private final GraphView graph;
    private final UnaryOperator<String> paths;

    /**
     * @param graph every revision, for the markers
     * @param paths how a script's path is shown ({@code Path:}), e.g. relative to the working directory
     */
    RevisionFormat(GraphView graph, UnaryOperator<String> paths) {
        this.graph = graph;
        this.paths = paths;
    }

    /** Shows script paths as they are. */
    RevisionFormat(GraphView graph) {
        this(graph, UnaryOperator.identity());
    }

    /** What the short form shows. */
    record Parts(boolean branches, boolean doc, boolean parents, boolean treeIndicators) {
        /** {@code current}: the id and every marker. */
        static final Parts CURRENT = new Parts(false, false, false, true);
        /** {@code heads}: the id, labels and the head marker. */
        static final Parts HEADS = new Parts(true, false, false, false);
        /** {@code history}: everything. */
        static final Parts HISTORY = new Parts(true, true, true, true);
        /** {@code branches}: the id, labels and every marker. */
        static final Parts BRANCHES = new Parts(true, false, false, true);
    }

    /** The short form. */
    String line(RevisionInfo r, Parts parts, boolean current) {
        StringBuilder text = new StringBuilder();
        if (parts.parents()) {
            text.append(downRevisions(r));
            if (!r.dependsOn().isEmpty()) {
                text.append(" (").append(String.join(", ", r.dependsOn())).append(')');
            }
            text.append(" -> ");
        }
        text.append(r.id());
        if (parts.branches() && !r.branchLabels().isEmpty()) {
            text.append(" (").append(String.join(", ", new TreeSet<>(r.branchLabels()))).append(')');
        }
        if (graph.realHead(r.id())) {
            text.append(" (head)");
        } else if (graph.effectiveHead(r.id())) {
            text.append(" (effective head)");
        }
        if (current) {
            text.append(" (current)");
        }
        if (parts.treeIndicators()) {
            if (graph.branchPoint(r.id())) {
                text.append(" (branchpoint)");
            }
            if (r.merge()) {
                text.append(" (mergepoint)");
            }
        }
        if (parts.doc()) {
            text.append(", ").append(r.message());
        }
        return text.toString();
    }

    /**
     * The long form, ending with a newline; {@code extra} lines (state, log) go after {@code Path:}.
     */
    String entry(RevisionInfo r, boolean current, List<String> extra) {
        StringBuilder e = new StringBuilder("Rev: ").append(r.id());
        if (graph.head(r.id())) {
            e.append(" (head)");
        }
        if (graph.branchPoint(r.id())) {
            e.append(" (branchpoint)");
        }
        if (r.merge()) {
            e.append(" (mergepoint)");
        }
        if (current) {
            e.append(" (current)");
        }
        e.append('\n');
        e.append(r.merge() ? "Merges: " : "Parent: ").append(downRevisions(r)).append('\n');
        if (!r.dependsOn().isEmpty()) {
            e.append("Also depends on: ").append(String.join(", ", r.dependsOn())).append('\n');
        }
        if (graph.branchPoint(r.id())) {
            e.append("Branches into: ").append(String.join(", ", graph.children(r.id()))).append('\n');
        }
        if (!r.branchLabels().isEmpty()) {
            e.append("Branch names: ").append(String.join(", ", new TreeSet<>(r.branchLabels()))).append('\n');
        }
        e.append("Path: ").append(paths.apply(r.source())).append('\n');
        for (String line : extra) {
            e.append(line).append('\n');
        }
        e.append('\n');
        for (String line : r.message().lines().toList()) {
            e.append("    ").append(line).append('\n');
        }
        return e.toString();
    }

    /** {@code <base>} or the down revisions, comma separated. */
    static String downRevisions(RevisionInfo r) {
        return r.downRevisions().isEmpty() ? "<base>" : String.join(", ", r.downRevisions());
    }

    /** Version rows for a message: {@code <base>} when there are none. */
    static String rows(List<String> rows) {
        return rows.isEmpty() ? "<base>" : String.join(", ", rows);
    }
}
