package dev.migrate.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a collection of revisions and builds its {@link GraphIndex}, reporting every problem at once. */
final class GraphBuilder {

    private static final Set<String> RESERVED = Set.of("head", "heads", "base", "current");

    private final Revision[] revs;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<String, Integer> byLabel = new HashMap<>();

    private GraphBuilder(Collection<Revision> revisions) {
        this.revs = revisions.toArray(Revision[]::new);
    }

    static GraphIndex build(Collection<Revision> revisions) {
        return new GraphBuilder(revisions).build();
    }

    private GraphIndex build() {
        indexIds();
        indexLabels();
        int[][] down = new int[revs.length][];
        int[][] deps = new int[revs.length][];
        for (int i = 0; i < revs.length; i++) {
            down[i] = resolveDownRevisions(i);
            deps[i] = resolveDependsOn(i);
        }
        if (!problems.isEmpty()) {
            throw new GraphValidationException(problems);
        }
        Cycles.check(revs, down, deps);
        return new GraphIndex(revs, Collections.unmodifiableMap(byId), Collections.unmodifiableMap(byLabel), down,
                deps);
    }

    private void indexIds() {
        for (int i = 0; i < revs.length; i++) {
            Revision r = revs[i];
            String id = r.id();
            if (RESERVED.contains(id)) {
                problems.add("Revision id '" + id + "' (" + r.source() + ") is reserved: head, heads, base and"
                        + " current name targets; choose another id");
            } else if (id.isEmpty() || id.length() > 32 || !isWord(id)) {
                problems.add("Revision id '" + id + "' (" + r.source() + ") is invalid: an id is 1 to 32"
                        + " characters from A-Z, a-z, 0-9 and _ ('@', '-', '+' and ':' are reserved for targets)");
            }
            Integer previous = byId.putIfAbsent(id, i);
            if (previous != null) {
                problems.add("Revision " + id + " is declared twice, in " + revs[previous].source() + " and in "
                        + r.source() + "; give one of them a new id");
            }
        }
    }

    private void indexLabels() {
        for (int i = 0; i < revs.length; i++) {
            Revision r = revs[i];
            for (String label : r.branchLabels()) {
                String where = "Branch label '" + label + "' of revision " + describe(r);
                if (RESERVED.contains(label)) {
                    problems.add(where + " is reserved: head, heads, base and current name targets;"
                            + " choose another label");
                } else if (label.isEmpty() || !isWord(label)) {
                    problems.add(where + " is invalid: a label is made of A-Z, a-z, 0-9 and _");
                } else if (byId.containsKey(label)) {
                    problems.add(where + " is also the id of revision " + describe(revs[byId.get(label)])
                            + "; rename the label");
                }
                Integer previous = byLabel.putIfAbsent(label, i);
                if (previous != null) {
                    problems.add("Branch label '" + label + "' is used by revision " + describe(revs[previous])
                            + " and by revision " + describe(r) + "; a label names one branch, so rename one"
                            + " of them");
                }
            }
        }
    }

    private int[] resolveDownRevisions(int i) {
        Revision r = revs[i];
        List<String> downs = r.downRevisions();
        int[] out = new int[downs.size()];
        int count = 0;
        for (int k = 0; k < downs.size(); k++) {
            String down = downs.get(k);
            Integer target = byId.get(down);
            if (down.equals(r.id())) {
                problems.add("Revision " + describe(r) + " names itself as its down revision; a revision must"
                        + " follow an older one");
            } else if (downs.subList(0, k).contains(down)) {
                problems.add("Revision " + describe(r) + " names down revision " + down + " twice; list each"
                        + " down revision once");
            } else if (target == null) {
                problems.add("Revision " + describe(r) + " names down revision " + down
                        + ", which no script declares" + (byLabel.containsKey(down)
                                ? " (it is a branch label; a down revision must be a revision id)"
                                : "; fix its down revision or add the missing script"));
            } else {
                out[count++] = target;
            }
        }
        return Arrays.copyOf(out, count);
    }

    private int[] resolveDependsOn(int i) {
        Revision r = revs[i];
        int[] out = new int[r.dependsOn().size()];
        int count = 0;
        for (String dependency : r.dependsOn()) {
            Integer target = byId.get(dependency);
            if (target == null) {
                target = byLabel.get(dependency);
            }
            if (dependency.equals(r.id()) || (target != null && target == i)) {
                problems.add("Revision " + describe(r) + " depends on itself"
                        + (dependency.equals(r.id()) ? "" : " (through its branch label '" + dependency + "')")
                        + "; a revision can only depend on older ones");
            } else if (target == null) {
                problems.add("Revision " + describe(r) + " depends on " + dependency + ", which is neither a"
                        + " revision id nor a branch label; fix its depends-on or add the missing script");
            } else if (!GraphIndex.contains(Arrays.copyOf(out, count), target)) {
                out[count++] = target;
            }
        }
        return Arrays.copyOf(out, count);
    }

    private static boolean isWord(String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    static String describe(Revision r) {
        return r.id() + " (" + r.source() + ")";
    }
}
