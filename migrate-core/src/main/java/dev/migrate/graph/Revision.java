package dev.migrate.graph;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One node of the revision graph, as declared by a script.
 *
 * @param id            the revision id (1–32 characters of {@code [A-Za-z0-9_]}; checked by {@link RevisionGraph})
 * @param downRevisions the revisions this one follows: none for a base, two or more for a merge, in declared order
 * @param branchLabels  labels that name the branch this revision starts or belongs to
 * @param dependsOn     revisions that must be applied first without being parents
 * @param message       the human message, may be empty
 * @param source        where the revision was declared (a file or class), for error messages
 */
public record Revision(String id, List<String> downRevisions, Set<String> branchLabels, List<String> dependsOn,
        String message, String source) {

    public Revision {
        Objects.requireNonNull(id, "id");
        downRevisions = List.copyOf(downRevisions);
        branchLabels = Set.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        message = message == null ? "" : message;
        source = source == null ? "<unknown>" : source;
    }

    /** A revision with only an id and down revisions; for tests and programmatic graphs. */
    public static Revision of(String id, String... downRevisions) {
        return new Revision(id, List.of(downRevisions), Set.of(), List.of(), "", "<memory>");
    }

    public boolean isBase() {
        return downRevisions.isEmpty();
    }

    public boolean isMerge() {
        return downRevisions.size() > 1;
    }
}
