package dev.migrate.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Alembic's order for a set of revisions, newest first ({@code RevisionMap._topological_sort}): start from
 * the heads in load order and walk down each one through its down revisions (declared order, then
 * depends-on), switching to another pending head whenever the next revision is still below it. Upgrades
 * run the result reversed.
 *
 * <p>Each pending head keeps its full set of ancestors (a bitset), as Alembic does; walking straight down a
 * line only clears one bit, merges and depends-on recompute the set. That keeps a long history linear.
 */
final class TopologicalSort {

    private TopologicalSort() {
    }

    /** The revisions of {@code todo}, newest first, starting from those of {@code heads} that are in it. */
    static int[] newestFirst(GraphIndex g, BitSet todo, int[] heads) {
        BitSet pending = (BitSet) todo.clone();
        int[] start = Arrays.stream(heads).filter(h -> h >= 0 && pending.get(h)).distinct().sorted().toArray();
        List<Integer> current = new ArrayList<>();
        List<BitSet> below = new ArrayList<>();
        BitSet isCurrent = new BitSet();
        for (int h : start) {
            current.add(h);
            below.add(g.ancestors(h, true));
            isCurrent.set(h);
        }
        int[] out = new int[pending.cardinality()];
        int count = 0;
        int at = 0;
        while (!current.isEmpty()) {
            int candidate = current.get(at);
            int neededBy = -1;
            for (int k = 0; k < below.size(); k++) {
                if (k != at && below.get(k).get(candidate)) {
                    neededBy = k;
                    break;
                }
            }
            if (neededBy >= 0) {
                at = neededBy;
                continue;
            }
            if (pending.get(candidate)) {
                out[count++] = candidate;
                pending.clear(candidate);
            }
            int[] parents = g.norm[candidate];
            int[] add = new int[parents.length];
            int adding = 0;
            for (int p : parents) {
                if (pending.get(p) && !isCurrent.get(p)) {
                    add[adding++] = p;
                }
            }
            isCurrent.clear(candidate);
            if (adding == 0) {
                current.remove(at);
                below.remove(at);
                at = Math.max(at - 1, 0);
            } else if (g.normDeps[candidate].length == 0 && g.down[candidate].length == 1) {
                current.set(at, add[0]);
                isCurrent.set(add[0]);
                below.get(at).clear(candidate);
            } else {
                current.set(at, add[0]);
                isCurrent.set(add[0]);
                below.set(at, g.ancestors(add[0], true));
                for (int k = 1; k < adding; k++) {
                    current.add(add[k]);
                    isCurrent.set(add[k]);
                    below.add(g.ancestors(add[k], true));
                }
            }
        }
        if (count != out.length) {
            throw new IllegalStateException("revisions " + g.ids(GraphIndex.toArray(pending))
                    + " are not reachable from the heads " + g.ids(start));
        }
        return out;
    }

    static int[] reversed(int[] order) {
        int[] out = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            out[k] = order[order.length - 1 - k];
        }
        return out;
    }
}
