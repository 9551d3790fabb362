package dev.migrate.graph;

import java.util.List;
import java.util.Objects;

/**
 * What {@code stamp} does to the version table: rows to change, without running any migration.
 *
 * @param targets    the targets as given
 * @param purge      whether every existing row is deleted first (the deletes are part of {@code changes})
 * @param rowsBefore the version rows before, in load order (with {@code purge}, as read, possibly unknown)
 * @param changes    the version-table changes, in order
 * @param rowsAfter  the version rows after, in load order
 */
public record StampPlan(List<String> targets, boolean purge, List<String> rowsBefore, List<VersionChange> changes,
        List<String> rowsAfter) {

    public StampPlan {
        targets = List.copyOf(targets);
        Objects.requireNonNull(rowsBefore, "rowsBefore");
        rowsBefore = List.copyOf(rowsBefore);
        changes = List.copyOf(changes);
        rowsAfter = List.copyOf(rowsAfter);
    }

    /** Whether the version table stays as it is. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
