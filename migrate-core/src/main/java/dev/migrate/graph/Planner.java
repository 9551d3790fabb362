package dev.migrate.graph;

import static dev.migrate.graph.GraphIndex.BASE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Works out upgrades, downgrades and history ranges the way Alembic's {@code _collect_upgrade_revisions},
 * {@code _collect_downgrade_revisions} and {@code iterate_revisions} do, then the version-row changes of
 * every step.
 */
final class Planner {

    private final GraphIndex g;
    private final Resolver resolver;
    private final TargetParser parser;

    Planner(GraphIndex g, Resolver resolver, TargetParser parser) {
        this.g = g;
        this.resolver = resolver;
        this.parser = parser;
    }

    Plan upgrade(Collection<String> currentRows, String target) {
        checkTarget(target);
        int[] rows = rows(currentRows);
        int[] targets = withoutBase(parser.upgradeTargets(() -> rows, target, true));
        checkNoOverlap(targets, target);
        checkRowsConsistent(rows);
        BitSet needed = g.ancestors(targets, true);
        needed.andNot(g.ancestors(rows, true));
        int[] order = TopologicalSort.reversed(TopologicalSort.newestFirst(g, needed, targets));
        return plan(Direction.UPGRADE, target, rows, order);
    }

    Plan downgrade(Collection<String> currentRows, String target) {
        checkTarget(target);
        int[] rows = rows(currentRows);
        TargetParser.Downgrade parsed = parser.downgradeTarget(() -> rows, target, true);
        int[] roots = parsed.revision() == BASE ? g.bases : g.next[parsed.revision()];
        if (parsed.label() != null && roots.length > 1) {
            BitSet branch = g.ancestors(resolver.branch(parsed.label()), false);
            roots = Arrays.stream(roots).filter(branch::get).toArray();
            if (roots.length == 0) {
                throw new NotAncestorException(target, g.ids(rows), "Cannot downgrade to '" + target + "': no"
                        + " revision of branch " + parsed.label() + " lies above " + g.id(parsed.revision())
                        + "; check the branch label");
            }
        }
        BitSet reverted = g.descendants(roots, true);
        reverted.and(g.ancestors(rows, true));
        if (parsed.revision() != BASE && reverted.isEmpty() && !GraphIndex.contains(rows, parsed.revision())) {
            throw notBelow(target, parsed.revision(), rows);
        }
        int[] order = TopologicalSort.newestFirst(g, reverted, rows);
        return plan(Direction.DOWNGRADE, target, rows, order);
    }

    private NotAncestorException notBelow(String target, int revision, int[] rows) {
        String id = g.id(revision);
        if (rows.length == 0) {
            return new NotAncestorException(target, List.of(), "Cannot downgrade to " + id + ": the database is at"
                    + " base, so there is nothing to revert");
        }
        String current = String.join(", ", g.ids(rows));
        if (Arrays.stream(rows).anyMatch(r -> g.isAncestor(r, revision, true))) {
            return new NotAncestorException(target, g.ids(rows), "Cannot downgrade to " + id + ": it comes after"
                    + " the current revision(s) " + current + "; use 'migrate upgrade " + target
                    + "' to move forward");
        }
        if (Arrays.stream(rows).anyMatch(r -> g.isAncestor(revision, r, true))) {
            return new NotAncestorException(target, g.ids(rows), "Cannot downgrade to " + id + ": no revision"
                    + " that follows it is applied (the current revision(s) " + current + " only depend on it),"
                    + " so there is nothing to revert");
        }
        return new NotAncestorException(target, g.ids(rows), "Cannot downgrade to " + id + ": it is not below the"
                + " current revision(s) " + current + "; 'migrate history' shows how the revisions connect");
    }

    private Plan plan(Direction direction, String target, int[] rows, int[] order) {
        VersionRows table = new VersionRows(g, rows);
        List<String> before = table.ids();
        List<Step> steps = new ArrayList<>(order.length);
        for (int r : order) {
            if (direction == Direction.UPGRADE) {
                table.upgrade(r);
            } else {
                table.downgrade(r);
            }
            steps.add(new Step(g.revs[r], direction, table.takeChanges(), table.ids()));
        }
        return new Plan(direction, target, steps, before, table.ids());
    }

    /**
     * Alembic {@code iterate_revisions} without {@code select_for_downgrade}: the revisions from {@code lower}
     * up to {@code upper}, newest first. Each side is one target, or several revision ids (the current rows).
     */
    int[] iterate(List<String> upper, List<String> lower, boolean inclusive, boolean implicitBase, boolean strict) {
        int[] targets;
        if (upper.size() == 1) {
            int[] lowerRevs = lowerRevisions(lower, true);
            targets = parser.upgradeTargets(() -> lowerRevs, upper.get(0), strict);
        } else {
            targets = concat(upper);
        }
        targets = withoutBase(targets);
        if (lower.size() == 1 && lower.get(0).contains("@")) {
            targets = onBranchOf(lower.get(0), targets);
        }
        String range = String.join(",", lower) + ":" + String.join(",", upper);
        checkNoOverlap(targets, range);
        BitSet required = g.ancestors(targets, true);
        int[] current = lowerRevisions(lower, false);
        if (!implicitBase) {
            for (int c : current) {
                if (!required.get(c)) {
                    throw new NotAncestorException(range, g.ids(targets), "Cannot list '" + range + "': "
                            + g.id(c) + " is not below " + String.join(", ", upper) + "; the lower end of a range"
                            + " must be an ancestor of its upper end");
                }
            }
        }
        checkNoOverlap(current, range);
        BitSet needs = (BitSet) required.clone();
        needs.andNot(g.ancestors(current, true));
        if (inclusive) {
            for (int c : current) {
                needs.set(c);
            }
        }
        if (current.length > 0 && !implicitBase) {
            needs.and(g.descendants(current, false));
        }
        return TopologicalSort.newestFirst(g, needs, targets);
    }

    /** The revisions the lower end names; a relative lower end walks down from the heads, stopping at base. */
    private int[] lowerRevisions(List<String> lower, boolean forCounting) {
        if (lower.size() != 1) {
            return concat(lower);
        }
        String target = lower.get(0);
        if (forCounting && !target.contains("@") && TargetParser.relative(target) != null) {
            return new int[0];
        }
        int[] found = resolver.revisions(target);
        if (Arrays.stream(found).anyMatch(r -> r == Resolver.OVERWALK)) {
            return new int[0];
        }
        return withoutBase(found);
    }

    /** Keeps the targets on the branch named before '@' in a range's lower end (Alembic's "named bases"). */
    private int[] onBranchOf(String lower, int[] targets) {
        String branch = lower.substring(0, lower.indexOf('@'));
        if (branch.isEmpty()) {
            return targets;
        }
        int rev = resolver.revision(branch);
        if (rev != BASE && g.id(rev).equals(branch)) {
            Set<String> labels = g.labels.get(rev);
            if (labels.size() != 1) {
                throw new InvalidTargetException(lower, "'" + lower + "' uses revision " + branch + " as a branch,"
                        + " but it has " + (labels.isEmpty() ? "no branch label" : "several branch labels ("
                        + String.join(", ", labels) + ")") + "; use a branch label before '@'");
            }
            branch = labels.iterator().next();
        }
        String label = branch;
        return Arrays.stream(targets).filter(t -> g.labels.get(t).contains(label)).toArray();
    }

    private int[] concat(List<String> targets) {
        return targets.stream().flatMapToInt(t -> Arrays.stream(resolver.revisions(t))).toArray();
    }

    /** Exact ids of the version table; an unknown one means the database is ahead of the code. */
    int[] rows(Collection<String> currentRows) {
        return currentRows.stream().distinct().mapToInt(id -> {
            Integer i = g.byId.get(id);
            if (i == null) {
                throw UnknownRevisionException.inDatabase(id);
            }
            return i;
        }).sorted().toArray();
    }

    private void checkRowsConsistent(int[] rows) {
        int[] pair = overlap(rows);
        if (pair != null) {
            throw new InvalidTargetException(g.id(pair[0]), "The version table is inconsistent: it holds "
                    + g.id(pair[0]) + " and " + g.id(pair[1]) + ", which comes after it; run 'migrate stamp'"
                    + " with the revision(s) the database is really at");
        }
    }

    void checkNoOverlap(int[] targets, String given) {
        int[] pair = overlap(targets);
        if (pair != null) {
            throw new InvalidTargetException(given, "'" + given + "' names overlapping revisions: "
                    + g.id(pair[0]) + " is an ancestor of " + g.id(pair[1]) + "; name only " + g.id(pair[1]));
        }
    }

    /** Two revisions of which the first is below the second, or null. Linear in the size of the graph. */
    private int[] overlap(int[] revisions) {
        int[] distinct = Arrays.stream(revisions).filter(r -> r >= 0).distinct().toArray();
        if (distinct.length < 2) {
            return null;
        }
        BitSet parents = new BitSet();
        for (int r : distinct) {
            for (int p : g.norm[r]) {
                parents.set(p);
            }
        }
        BitSet below = g.ancestors(GraphIndex.toArray(parents), true);
        for (int lower : Arrays.stream(distinct).sorted().toArray()) {
            if (below.get(lower)) {
                for (int upper : distinct) {
                    if (upper != lower && g.isAncestor(lower, upper, true)) {
                        return new int[] {lower, upper};
                    }
                }
            }
        }
        return null;
    }

    static int[] withoutBase(int[] revisions) {
        return Arrays.stream(revisions).filter(r -> r >= 0).distinct().toArray();
    }

    static void checkTarget(String target) {
        if (target == null || target.isBlank()) {
            throw new InvalidTargetException(String.valueOf(target), "No target given; use a revision id, a branch"
                    + " label, 'head', 'heads' or 'base'");
        }
        if (target.contains(":")) {
            throw new InvalidTargetException(target, "Target '" + target + "' is a range; give a single target"
                    + " (ranges are for history)");
        }
    }
}
