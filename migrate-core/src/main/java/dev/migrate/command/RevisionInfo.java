package dev.migrate.command;

import java.util.List;
import java.util.Set;

/**
 * A revision as {@code heads}, {@code branches}, {@code show} and {@code history} present it.
 *
 * @param id            the revision id
 * @param downRevisions its parents (none for a base, several for a merge)
 * @param nextRevisions its children
 * @param branchLabels  its branch labels
 * @param dependsOn     revisions it depends on without being their child
 * @param message       its message
 * @param source        the script file or class that declares it
 * @param head          whether no revision follows it
 * @param branchPoint   whether several revisions follow it
 * @param transactional whether it runs inside a transaction
 * @param checksum      the script's checksum, or {@code null} (Java migrations)
 */
public record RevisionInfo(String id, List<String> downRevisions, List<String> nextRevisions, Set<String> branchLabels,
        List<String> dependsOn, String message, String source, boolean head, boolean branchPoint,
        boolean transactional, String checksum) {

    public RevisionInfo {
        downRevisions = List.copyOf(downRevisions);
        nextRevisions = List.copyOf(nextRevisions);
        branchLabels = Set.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
    }

    /** Whether it has no parent. */
    public boolean base() {
        return downRevisions.isEmpty();
    }

    /** Whether it merges several parents. */
    public boolean merge() {
        return downRevisions.size() > 1;
    }
}
