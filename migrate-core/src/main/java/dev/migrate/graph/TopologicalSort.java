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
 * <p>Alembic keeps the full set of ancestors of every pending head. Here the question "is this revision below
 * that head?" is first answered by a short search bounded by topological positions (most questions are about
 * neighbouring branches); only a head that needs a long search gets its full ancestor bitset, which then
 * follows the head down a line by clearing one bit per step. The answers, hence the order, are the same.
 */
final class TopologicalSort {

    /** How many revisions a bounded search may visit before the head's full ancestor set is built. */
    static final int SEARCH_BUDGET = 256;

    private final GraphIndex g;
    private final BitSet pending;
    private final List<Integer> current = new ArrayList<>();
    private final List<BitSet> below = new ArrayList<>();
    private final BitSet isCurrent = new BitSet();
    private final int[] mark;
    private int stamp;
    private int[] stack = new int[64];
    private final int budget;

    private TopologicalSort(GraphIndex g, BitSet todo, int budget) {
        this.g = g;
        this.budget = budget;
        this.pending = (BitSet) todo.clone();
        this.mark = new int[g.size()];
    }

    /** The revisions of {@code todo}, newest first, starting from those of {@code heads} that are in it. */
    static int[] newestFirst(GraphIndex g, BitSet todo, int[] heads) {
        return newestFirst(g, todo, heads, SEARCH_BUDGET);
    }

    /** With a budget of 0 every head gets its full ancestor set at once, as in Alembic. */
    static int[] newestFirst(GraphIndex g, BitSet todo, int[] heads, int budget) {
        return new TopologicalSort(g, todo, budget).run(heads);
    }

    private int[] run(int[] heads) {
        int[] start = Arrays.stream(heads).filter(h -> h >= 0 && pending.get(h)).distinct().sorted().toArray();
        for (int h : start) {
            addHead(h);
        }
        int[] out = new int[pending.cardinality()];
        int count = 0;
        int at = 0;
        int switches = 0;
        while (!current.isEmpty()) {
            int candidate = current.get(at);
            int neededBy = -1;
            for (int k = 0; k < current.size() && neededBy < 0; k++) {
                if (k != at && isBelowHead(candidate, k)) {
                    neededBy = k;
                }
            }
            if (neededBy >= 0) {
                // Each switch goes to a head above the last one, so more switches than heads mean a broken graph.
                if (++switches > current.size()) {
                    throw new IllegalStateException("no pending head can go first among " + g.ids(current.stream()
                            .mapToInt(Integer::intValue).toArray()));
                }
                at = neededBy;
                continue;
            }
            switches = 0;
            if (pending.get(candidate)) {
                out[count++] = candidate;
                pending.clear(candidate);
            }
            int[] parents = g.norm[candidate];
            int[] add = Arrays.stream(parents).filter(p -> pending.get(p) && !isCurrent.get(p)).toArray();
            isCurrent.clear(candidate);
            if (add.length == 0) {
                current.remove(at);
                below.remove(at);
                at = Math.max(at - 1, 0);
            } else if (parents.length == 1) {
                // The ancestors of a lone parent are exactly ours minus ourselves.
                current.set(at, add[0]);
                isCurrent.set(add[0]);
                if (below.get(at) != null) {
                    below.get(at).clear(candidate);
                }
            } else {
                current.set(at, add[0]);
                isCurrent.set(add[0]);
                below.set(at, null);
                for (int k = 1; k < add.length; k++) {
                    addHead(add[k]);
                }
            }
        }
        if (count != out.length) {
            throw new IllegalStateException("revisions " + g.ids(GraphIndex.toArray(pending))
                    + " are not reachable from the heads " + g.ids(start));
        }
        return out;
    }

    private void addHead(int h) {
        current.add(h);
        below.add(null);
        isCurrent.set(h);
    }

    /** Whether {@code candidate} is the k-th pending head or below it (through down revisions and depends-on). */
    private boolean isBelowHead(int candidate, int k) {
        BitSet set = below.get(k);
        if (set == null) {
            int answer = boundedSearch(current.get(k), candidate);
            if (answer >= 0) {
                return answer == 1;
            }
            set = g.ancestors(current.get(k), true);
            below.set(k, set);
        }
        return set.get(candidate);
    }

    /** 1 if {@code target} is {@code from} or below it, 0 if not, -1 if the search ran out of budget. */
    private int boundedSearch(int from, int target) {
        if (from == target) {
            return 1;
        }
        int limit = g.pos[target];
        if (g.pos[from] <= limit) {
            return 0;
        }
        stamp++;
        int top = 0;
        stack[top++] = from;
        mark[from] = stamp;
        int visited = 0;
        while (top > 0) {
            int v = stack[--top];
            if (++visited > budget) {
                return -1;
            }
            for (int p : g.norm[v]) {
                if (p == target) {
                    return 1;
                }
                if (g.pos[p] > limit && mark[p] != stamp) {
                    mark[p] = stamp;
                    if (top == stack.length) {
                        stack = Arrays.copyOf(stack, top * 2);
                    }
                    stack[top++] = p;
                }
            }
        }
        return 0;
    }

    static int[] reversed(int[] order) {
        int[] out = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            out[k] = order[order.length - 1 - k];
        }
        return out;
    }
}
