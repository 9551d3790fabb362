package dev.migrate.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The version table while a plan is worked out: one row per current head. Each upgrade or downgrade of a
 * revision changes it the way Alembic's {@code HeadMaintainer.update_to_step} does, and records the changes.
 *
 * <p>Where Alembic picks rows from a Python set (which row of a merge is updated, which are deleted or
 * inserted), we take the declared order: the first down revision keeps the row.
 */
final class VersionRows {

    private final GraphIndex g;
    private final TreeSet<Integer> rows = new TreeSet<>();
    private List<VersionChange> changes = new ArrayList<>();

    VersionRows(GraphIndex g, int[] initial) {
        this.g = g;
        for (int r : initial) {
            rows.add(r);
        }
    }

    List<String> ids() {
        List<String> ids = new ArrayList<>(rows.size());
        for (int r : rows) {
            ids.add(g.id(r));
        }
        return ids;
    }

    int[] indices() {
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }

    boolean contains(int r) {
        return rows.contains(r);
    }

    /** The changes recorded since the last call. */
    List<VersionChange> takeChanges() {
        List<VersionChange> taken = changes;
        changes = new ArrayList<>();
        return taken;
    }

    /** Applying {@code r}: a new branch, a plain move, or a merge of several rows. */
    void upgrade(int r) {
        int[] parents = g.norm[r];
        List<Integer> present = new ArrayList<>();
        for (int p : parents) {
            if (rows.contains(p)) {
                present.add(p);
            }
        }
        if (present.isEmpty()) {
            insert(r);
            return;
        }
        if (present.size() > 1) {
            List<Integer> merged = new ArrayList<>();
            for (int p : present) {
                if (!belowAnotherRow(p, parents)) {
                    merged.add(p);
                }
            }
            if (merged.isEmpty()) {
                merged = present;
            }
            for (int k = 1; k < merged.size(); k++) {
                delete(merged.get(k));
            }
            update(merged.get(0), r);
            return;
        }
        update(present.get(0), r);
    }

    /** Reverting {@code r}: its row moves down to the parents no other row implies, or goes away. */
    void downgrade(int r) {
        if (!rows.contains(r)) {
            throw new IllegalStateException("downgrade of " + g.id(r) + " while the rows are " + ids());
        }
        List<Integer> uncovered = new ArrayList<>();
        for (int p : g.norm[r]) {
            if (!belowAnotherRow(p, new int[] {r}) && !belowAnotherParent(p, g.norm[r])) {
                uncovered.add(p);
            }
        }
        if (uncovered.isEmpty()) {
            delete(r);
            return;
        }
        for (int k = 1; k < uncovered.size(); k++) {
            insert(uncovered.get(k));
        }
        update(r, uncovered.get(0));
    }

    /** Whether {@code p} is below (or is) a row other than those in {@code except}. */
    private boolean belowAnotherRow(int p, int[] except) {
        for (int row : rows) {
            if (!GraphIndex.contains(except, row) && g.isAncestor(p, row, true)) {
                return true;
            }
        }
        return false;
    }

    private boolean belowAnotherParent(int p, int[] parents) {
        for (int other : parents) {
            if (other != p && g.isAncestor(p, other, true)) {
                return true;
            }
        }
        return false;
    }

    void insert(int r) {
        if (!rows.add(r)) {
            throw new IllegalStateException("insert of " + g.id(r) + " while the rows are " + ids());
        }
        changes.add(new VersionChange.Insert(g.id(r)));
    }

    void delete(int r) {
        if (!rows.remove(r)) {
            throw new IllegalStateException("delete of " + g.id(r) + " while the rows are " + ids());
        }
        changes.add(new VersionChange.Delete(g.id(r)));
    }

    void update(int from, int to) {
        if (rows.contains(to) || !rows.remove(from)) {
            throw new IllegalStateException("update of " + g.id(from) + " to " + g.id(to) + " while the rows are "
                    + ids());
        }
        rows.add(to);
        changes.add(new VersionChange.Update(g.id(from), g.id(to)));
    }
}
