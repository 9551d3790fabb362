package dev.migrate.cli;

import dev.migrate.command.RevisionInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every revision of the scripts, indexed for the markers Alembic prints: children (revisions naming it as a
 * down revision) and dependents (revisions naming it in depends-on).
 */
final class GraphView {

    private final List<RevisionInfo> revisions;
    private final Map<String, RevisionInfo> byId = new LinkedHashMap<>();
    private final Map<String, List<String>> children = new LinkedHashMap<>();
    private final Map<String, List<String>> dependents = new LinkedHashMap<>();

    /** @param revisions every revision, in the order {@link #revisions()} gives them (newest first) */
    GraphView(List<RevisionInfo> revisions) {
        this.revisions = List.copyOf(revisions);
        for (RevisionInfo r : revisions) {
            byId.put(r.id(), r);
        }
        for (RevisionInfo r : revisions) {
            for (String down : r.downRevisions()) {
                children.computeIfAbsent(down, k -> new ArrayList<>()).add(r.id());
            }
            for (String dependency : r.dependsOn()) {
                dependents.computeIfAbsent(dependency, k -> new ArrayList<>()).add(r.id());
            }
        }
        children.values().forEach(list -> list.sort(null));
        dependents.values().forEach(list -> list.sort(null));
    }

    /** Every revision, in the order given (newest first when from {@code history}). */
    List<RevisionInfo> revisions() {
        return revisions;
    }

    /** The revision with this id, when a script declares it. */
    Optional<RevisionInfo> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The revisions whose down revisions name {@code id}, sorted. */
    List<String> children(String id) {
        return children.getOrDefault(id, List.of());
    }

    /** The revisions that depend on {@code id}, sorted. */
    List<String> dependents(String id) {
        return dependents.getOrDefault(id, List.of());
    }

    /** No revision follows it as a child (Alembic's {@code is_head}). */
    boolean head(String id) {
        return children(id).isEmpty();
    }

    /** A head that nothing depends on either: shown as {@code (head)}. */
    boolean realHead(String id) {
        return head(id) && dependents(id).isEmpty();
    }

    /** A head that another revision depends on: shown as {@code (effective head)}. */
    boolean effectiveHead(String id) {
        return head(id) && !dependents(id).isEmpty();
    }

    /** Several revisions follow it. */
    boolean branchPoint(String id) {
        return children(id).size() > 1;
    }
}
