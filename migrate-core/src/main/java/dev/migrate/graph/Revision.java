package dev.migrate.graph;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One node of the revision graph, as declared by a script.
 *
 * @param id            the revision id (1–32 characters of {@code [A-Za-z0-9_]}; checked by {@link RevisionGraph})
 * @param downRevisions the revisions this one follows: none for a base, two or more for a merge, in declared order
 * @param branchLabels  labels that name the branch this revision starts or belongs to, in declared order
 * @param dependsOn     revisions that must be applied first without being parents
 * @param message       the human message, may be empty
 * @param source        where the revision was declared (a file or class), for error messages
 */
public record Revision(String id, List<String> downRevisions, Set<String> branchLabels, List<String> dependsOn,
        String message, String source) {

    public Revision {
        Objects.requireNonNull(id, "id");
        downRevisions = List.copyOf(downRevisions);
        branchLabels = Collections.unmodifiableSet(new LinkedHashSet<>(List.copyOf(branchLabels)));
        dependsOn = List.copyOf(dependsOn);
        message = message == null ? "" : message;
        source = source == null ? "<unknown>" : source;
    }

    /** A revision with only an id and down revisions; for tests and programmatic graphs. */
    public static Revision of(String id, String... downRevisions) {
        return new Revision(id, List.of(downRevisions), Set.of(), List.of(), "", "<memory>");
    }

    /** This revision with the given branch labels instead of its own. */
    public Revision withBranchLabels(String... labels) {
        return new Revision(id, downRevisions, new LinkedHashSet<>(Arrays.asList(labels)), dependsOn, message, source);
    }

    /** This revision with the given depends-on revisions (ids or branch labels) instead of its own. */
    public Revision withDependsOn(String... revisions) {
        return new Revision(id, downRevisions, branchLabels, List.of(revisions), message, source);
    }

    /** This revision with the given message. */
    public Revision withMessage(String newMessage) {
        return new Revision(id, downRevisions, branchLabels, dependsOn, newMessage, source);
    }

    /** This revision declared in the given source (a file or class name), for error messages. */
    public Revision withSource(String newSource) {
        return new Revision(id, downRevisions, branchLabels, dependsOn, message, newSource);
    }

    /** Whether this revision has no down revision (it may still depend on others). */
    public boolean isBase() {
        return downRevisions.isEmpty();
    }

    /** Whether this revision merges two or more down revisions. */
    public boolean isMerge() {
        return downRevisions.size() > 1;
    }
}
