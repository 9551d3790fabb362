package dev.migrate.graph;

import java.util.List;
import java.util.Objects;

/**
 * One migration to run: a revision's upgrade or downgrade, and what it does to the version table.
 *
 * @param revision  the revision whose upgrade or downgrade runs
 * @param direction which of the two
 * @param changes   the version-table changes to make in the same transaction, in order
 * @param rowsAfter the version rows once this step is done, in load order
 */
public record Step(Revision revision, Direction direction, List<VersionChange> changes, List<String> rowsAfter) {

    public Step {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(direction, "direction");
        changes = List.copyOf(changes);
        rowsAfter = List.copyOf(rowsAfter);
    }

    /** The revision id. */
    public String id() {
        return revision.id();
    }
}
