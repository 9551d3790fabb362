package dev.migrate.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The validated graph as int arrays: revision {@code i} is the i-th in load order. Edges are kept in the
 * flavours Alembic distinguishes: declared down revisions only ("versioned"), down revisions plus
 * depends-on ("all"), and down revisions plus the depends-on no ancestor already declares ("normalized";
 * same reachability as "all", fewer edges). Immutable once built.
 */
final class GraphIndex {

    /** The position below every base; "base" as a target. */
    static final int BASE = -1;

    final Revision[] revs;
    final Map<String, Integer> byId;
    final Map<String, Integer> byLabel;
    /** Declared down revisions (Alembic {@code _versioned_down_revisions}). */
    final int[][] down;
    /** Declared depends-on, resolved to revisions, without repeats. */
    final int[][] deps;
    /** Depends-on that no versioned ancestor already declares. */
    final int[][] normDeps;
    /** Down revisions then normalized depends-on, without repeats (Alembic {@code _normalized_down_revisions}). */
    final int[][] norm;
    /** Versioned children (Alembic {@code nextrev}), in load order. */
    final int[][] next;
    /** Children through down revisions or depends-on (Alembic {@code _all_nextrev}), in load order. */
    final int[][] allNext;
    /** A topological position: every parent or dependency has a smaller one. */
    final int[] pos;
    /** Branch labels as Alembic spreads them: the labelled revision, its descendants, and the unforked line below. */
    final List<Set<String>> labels;
    final int[] heads;
    final int[] realHeads;
    final int[] bases;

    GraphIndex(Revision[] revs, Map<String, Integer> byId, Map<String, Integer> byLabel, int[][] down, int[][] deps) {
        this.revs = revs;
        this.byId = byId;
        this.byLabel = byLabel;
        this.down = down;
        this.deps = deps;
        int n = revs.length;
        int[][] all = new int[n][];
        for (int i = 0; i < n; i++) {
            all[i] = concatDistinct(down[i], deps[i]);
        }
        this.next = children(down);
        this.allNext = children(all);
        this.pos = topologicalPositions(all, allNext);
        this.normDeps = normalizeDependencies();
        this.norm = new int[n][];
        for (int i = 0; i < n; i++) {
            norm[i] = concatDistinct(down[i], normDeps[i]);
        }
        this.heads = select(i -> next[i].length == 0);
        this.realHeads = select(i -> allNext[i].length == 0);
        this.bases = select(i -> down[i].length == 0);
        this.labels = spreadLabels();
    }

    int size() {
        return revs.length;
    }

    String id(int i) {
        return i == BASE ? "base" : revs[i].id();
    }

    /** The revision with this exact id or branch label, or null. */
    Integer lookup(String key) {
        Integer i = byId.get(key);
        return i != null ? i : byLabel.get(key);
    }

    /** The starts and everything below them. */
    BitSet ancestors(int[] starts, boolean withDeps) {
        return closure(starts, withDeps ? norm : down);
    }

    BitSet ancestors(int start, boolean withDeps) {
        return ancestors(new int[] {start}, withDeps);
    }

    /** The starts and everything above them. */
    BitSet descendants(int[] starts, boolean withDeps) {
        return closure(starts, withDeps ? allNext : next);
    }

    /** Whether {@code a} is {@code d} or below it. Searches down from {@code d}, never below {@code a}'s position. */
    boolean isAncestor(int a, int d, boolean withDeps) {
        if (a == d) {
            return true;
        }
        if (pos[a] >= pos[d]) {
            return false;
        }
        int[][] edges = withDeps ? norm : down;
        int limit = pos[a];
        BitSet seen = new BitSet();
        int[] stack = new int[16];
        int top = 0;
        stack[top++] = d;
        seen.set(d);
        while (top > 0) {
            int v = stack[--top];
            for (int p : edges[v]) {
                if (p == a) {
                    return true;
                }
                if (pos[p] > limit && !seen.get(p)) {
                    seen.set(p);
                    if (top == stack.length) {
                        stack = Arrays.copyOf(stack, top * 2);
                    }
                    stack[top++] = p;
                }
            }
        }
        return false;
    }

    /** Whether one of the two is below or equal to the other. */
    boolean sharesLineage(int a, int b, boolean withDeps) {
        return isAncestor(a, b, withDeps) || isAncestor(b, a, withDeps);
    }

    List<String> ids(int[] indices) {
        List<String> ids = new ArrayList<>(indices.length);
        for (int i : indices) {
            ids.add(id(i));
        }
        return ids;
    }

    List<Revision> revisions(int[] indices) {
        List<Revision> list = new ArrayList<>(indices.length);
        for (int i : indices) {
            list.add(revs[i]);
        }
        return Collections.unmodifiableList(list);
    }

    static int[] toArray(BitSet set) {
        return set.stream().toArray();
    }

    static boolean contains(int[] array, int value) {
        for (int v : array) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    private BitSet closure(int[] starts, int[][] edges) {
        long[] seen = new long[(revs.length + 63) >>> 6];
        int[] stack = new int[Math.max(16, starts.length)];
        int top = 0;
        for (int s : starts) {
            if (s >= 0 && (seen[s >>> 6] & (1L << s)) == 0) {
                seen[s >>> 6] |= 1L << s;
                stack[top++] = s;
            }
        }
        while (top > 0) {
            int v = stack[--top];
            for (int p : edges[v]) {
                long bit = 1L << p;
                if ((seen[p >>> 6] & bit) == 0) {
                    seen[p >>> 6] |= bit;
                    if (top == stack.length) {
                        stack = Arrays.copyOf(stack, top * 2);
                    }
                    stack[top++] = p;
                }
            }
        }
        return BitSet.valueOf(seen);
    }

    private interface IntTest {
        boolean test(int i);
    }

    private int[] select(IntTest test) {
        int[] out = new int[revs.length];
        int count = 0;
        for (int i = 0; i < revs.length; i++) {
            if (test.test(i)) {
                out[count++] = i;
            }
        }
        return Arrays.copyOf(out, count);
    }

    private static int[] concatDistinct(int[] first, int[] second) {
        int[] out = Arrays.copyOf(first, first.length + second.length);
        int count = first.length;
        for (int v : second) {
            boolean seen = false;
            for (int k = 0; k < count && !seen; k++) {
                seen = out[k] == v;
            }
            if (!seen) {
                out[count++] = v;
            }
        }
        return count == out.length ? out : Arrays.copyOf(out, count);
    }

    private static int[][] children(int[][] parents) {
        int n = parents.length;
        int[] counts = new int[n];
        for (int[] ps : parents) {
            for (int p : ps) {
                counts[p]++;
            }
        }
        int[][] children = new int[n][];
        for (int i = 0; i < n; i++) {
            children[i] = new int[counts[i]];
            counts[i] = 0;
        }
        for (int child = 0; child < n; child++) {
            for (int p : parents[child]) {
                children[p][counts[p]++] = child;
            }
        }
        return children;
    }

    /** Kahn's algorithm, parents first, ties in load order. The graph is known to be acyclic. */
    private static int[] topologicalPositions(int[][] parents, int[][] children) {
        int n = parents.length;
        int[] waiting = new int[n];
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            waiting[i] = parents[i].length;
            if (waiting[i] == 0) {
                queue[tail++] = i;
            }
        }
        int[] pos = new int[n];
        while (head < tail) {
            int v = queue[head];
            pos[v] = head++;
            for (int c : children[v]) {
                if (--waiting[c] == 0) {
                    queue[tail++] = c;
                }
            }
        }
        if (tail != n) {
            throw new IllegalStateException("cycle in a graph that passed cycle detection");
        }
        return pos;
    }

    /** Drops each depends-on that a versioned ancestor already declares (Alembic {@code _normalize_depends_on}). */
    private int[][] normalizeDependencies() {
        int n = revs.length;
        int[][] declarers = children(deps);
        int[][] normalized = new int[n][];
        for (int i = 0; i < n; i++) {
            int self = i;
            normalized[i] = deps[i].length == 0 ? deps[i] : Arrays.stream(deps[i])
                    .filter(d -> Arrays.stream(declarers[d]).noneMatch(o -> o != self && isAncestor(o, self, false)))
                    .toArray();
        }
        return normalized;
    }

    /**
     * Alembic gives a branch label to the labelled revision, to all its versioned descendants and, when those
     * form a single line, to the revisions below it down to the first fork or merge.
     */
    private List<Set<String>> spreadLabels() {
        int n = revs.length;
        List<Set<String>> spread = new ArrayList<>(Collections.nCopies(n, Set.of()));
        for (int r = 0; r < n; r++) {
            Set<String> own = revs[r].branchLabels();
            if (own.isEmpty()) {
                continue;
            }
            BitSet above = descendants(new int[] {r}, false);
            int top = -1;
            boolean line = true;
            for (int d = above.nextSetBit(0); d >= 0; d = above.nextSetBit(d + 1)) {
                addLabels(spread, d, own);
                if (next[d].length > 1) {
                    line = false;
                } else if (next[d].length == 0) {
                    top = d;
                }
            }
            for (int v = top; line && v >= 0; v = down[v].length == 1 ? down[v][0] : -1) {
                if (allNext[v].length > 1 || down[v].length > 1) {
                    break;
                }
                addLabels(spread, v, own);
            }
        }
        List<Set<String>> frozen = new ArrayList<>(n);
        for (Set<String> set : spread) {
            frozen.add(Collections.unmodifiableSet(set));
        }
        return List.copyOf(frozen);
    }

    private static void addLabels(List<Set<String>> spread, int i, Set<String> labels) {
        Set<String> current = spread.get(i);
        if (current.isEmpty()) {
            current = new LinkedHashSet<>();
            spread.set(i, current);
        }
        current.addAll(labels);
    }
}
