package dev.migrate.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds revisions that follow one another in a loop (strongly connected components of the graph of down
 * revisions and depends-on, found with an iterative Tarjan so long histories cannot overflow the stack).
 */
final class Cycles {

    private final Revision[] revs;
    private final int[][] down;
    private final int[][] deps;
    private final int[] index;
    private final int[] low;
    private final boolean[] onStack;
    private final int[] stack;
    private final int[] frameNode;
    private final int[] frameEdge;
    private final List<int[]> components = new ArrayList<>();
    private int counter;

    private Cycles(Revision[] revs, int[][] down, int[][] deps) {
        this.revs = revs;
        this.down = down;
        this.deps = deps;
        this.index = new int[revs.length];
        this.low = new int[revs.length];
        this.onStack = new boolean[revs.length];
        this.stack = new int[revs.length];
        this.frameNode = new int[revs.length];
        this.frameEdge = new int[revs.length];
        Arrays.fill(index, -1);
    }

    /** Throws a {@link CycleException} naming every revision on a cycle, if there is one. */
    static void check(Revision[] revs, int[][] down, int[][] deps) {
        Cycles cycles = new Cycles(revs, down, deps);
        for (int v = 0; v < revs.length; v++) {
            if (cycles.index[v] < 0) {
                cycles.strongConnect(v);
            }
        }
        if (cycles.components.isEmpty()) {
            return;
        }
        cycles.components.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<List<String>> ids = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int[] component : cycles.components) {
            List<String> members = new ArrayList<>();
            for (int v : component) {
                members.add(revs[v].id());
            }
            ids.add(members);
            problems.add(cycles.describe(component));
        }
        throw new CycleException(ids, problems);
    }

    private int edgeCount(int v) {
        return down[v].length + deps[v].length;
    }

    private int edge(int v, int k) {
        return k < down[v].length ? down[v][k] : deps[v][k - down[v].length];
    }

    private void strongConnect(int root) {
        int stackTop = 0;
        int frames = 0;
        stack[stackTop++] = visit(root);
        frameNode[frames] = root;
        frameEdge[frames++] = 0;
        while (frames > 0) {
            int v = frameNode[frames - 1];
            if (frameEdge[frames - 1] < edgeCount(v)) {
                int w = edge(v, frameEdge[frames - 1]++);
                if (index[w] < 0) {
                    stack[stackTop++] = visit(w);
                    frameNode[frames] = w;
                    frameEdge[frames++] = 0;
                } else if (onStack[w]) {
                    low[v] = Math.min(low[v], index[w]);
                }
                continue;
            }
            frames--;
            if (frames > 0) {
                int parent = frameNode[frames - 1];
                low[parent] = Math.min(low[parent], low[v]);
            }
            if (low[v] == index[v]) {
                int start = stackTop;
                do {
                    start--;
                    onStack[stack[start]] = false;
                } while (stack[start] != v);
                if (stackTop - start > 1) {
                    int[] members = Arrays.copyOfRange(stack, start, stackTop);
                    Arrays.sort(members);
                    components.add(members);
                }
                stackTop = start;
            }
        }
    }

    private int visit(int v) {
        index[v] = counter;
        low[v] = counter++;
        onStack[v] = true;
        return v;
    }

    /** Names the members with their sources, then one concrete loop through the first of them. */
    private String describe(int[] component) {
        StringBuilder text = new StringBuilder("Revisions ");
        for (int k = 0; k < component.length; k++) {
            text.append(k == 0 ? "" : ", ").append(GraphBuilder.describe(revs[component[k]]));
        }
        text.append(" form a cycle: ");
        int[] loop = shortestLoop(component);
        for (int k = 0; k + 1 < loop.length; k++) {
            int from = loop[k];
            int to = loop[k + 1];
            boolean follows = GraphIndex.contains(down[from], to);
            text.append(k == 0 ? "" : ", ").append(revs[from].id()).append(follows ? " follows " : " depends on ")
                    .append(revs[to].id());
        }
        text.append("; a revision must come after older revisions only, so fix the down revision or depends-on"
                + " of one of them");
        return text.toString();
    }

    /** A shortest path from the first member back to itself, staying inside the component. */
    private int[] shortestLoop(int[] component) {
        int start = component[0];
        int[] previous = new int[revs.length];
        Arrays.fill(previous, -2);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        previous[start] = -1;
        int last = -1;
        while (!queue.isEmpty() && last < 0) {
            int v = queue.poll();
            for (int k = 0; k < edgeCount(v); k++) {
                int w = edge(v, k);
                if (w == start) {
                    last = v;
                    break;
                }
                if (previous[w] == -2 && Arrays.binarySearch(component, w) >= 0) {
                    previous[w] = v;
                    queue.add(w);
                }
            }
        }
        List<Integer> path = new ArrayList<>();
        for (int v = last; v != -1; v = previous[v]) {
            path.add(0, v);
        }
        path.add(start);
        return path.stream().mapToInt(Integer::intValue).toArray();
    }
}
