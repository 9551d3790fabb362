package dev.migrate.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Random graphs (merges, several bases, depends-on on ids and labels, shuffled load order), random walks of
 * upgrades, downgrades and stamps over them, checked against a model of the applied revisions: steps run in
 * a valid order and exactly once, the version changes replay on a simulated table with every update and
 * delete matching one row, and the rows are always the newest applied revisions. Seeded, so a failure names
 * the seed that reproduces it.
 */
class RandomGraphPropertyTest {

    private static final int GRAPHS = 400;
    private static final int OPERATIONS = 12;

    @Test
    void plansAgreeWithTheModelOfAppliedRevisions() {
        for (long seed = 1; seed <= GRAPHS; seed++) {
            Random random = new Random(seed);
            RevisionGraph g = randomGraph(random);
            try {
                checkTopologicalOrder(g);
                walkRandomly(g, random);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed " + seed + ", graph " + describe(g) + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    void upgradeThenDowngradeReturnsToTheStart() {
        for (long seed = 1; seed <= GRAPHS; seed++) {
            Random random = new Random(seed);
            RevisionGraph g = randomGraph(random);
            try {
                Plan all = g.planUpgrade(List.of(), "heads");
                assertThat(all.ids()).containsExactlyInAnyOrderElementsOf(Fixtures.ids(g.revisions()));
                Plan back = g.planDowngrade(all.rowsAfter(), "base");
                assertThat(back.ids()).containsExactlyInAnyOrderElementsOf(all.ids());
                assertThat(back.rowsAfter()).isEmpty();

                String start = pick(g.revisions(), random).id();
                Plan there = g.planUpgrade(List.of(), start);
                Plan further = g.planUpgrade(there.rowsAfter(), "heads");
                if (g.children(start).isEmpty() && !further.rowsAfter().contains(start)) {
                    // Nothing follows start on its own line; only a depends-on keeps it below the heads.
                    assertThatThrownBy(() -> g.planDowngrade(further.rowsAfter(), start))
                            .isInstanceOf(NotAncestorException.class);
                    continue;
                }
                Plan down = g.planDowngrade(further.rowsAfter(), start);
                Set<String> applied = new HashSet<>(there.ids());
                applied.addAll(further.ids());
                down.ids().forEach(applied::remove);
                assertThat(down.rowsAfter()).containsExactlyInAnyOrderElementsOf(newest(g, applied));
                if (further.ids().stream().allMatch(id -> g.isAncestor(start, id))) {
                    assertThat(down.rowsAfter()).containsExactly(start);
                }
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed " + seed + ", graph " + describe(g) + ": " + e.getMessage(), e);
            }
        }
    }

    /** Up to 30 revisions; parents mostly recent, sometimes a new base; load order shuffled. */
    static RevisionGraph randomGraph(Random random) {
        int n = 1 + random.nextInt(30);
        List<Revision> created = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Set<String> downs = new LinkedHashSet<>();
            if (i > 0 && random.nextDouble() > 0.12) {
                int parents = random.nextDouble() < 0.7 ? 1 : random.nextDouble() < 0.85 ? 2 : 3;
                for (int k = 0; k < parents; k++) {
                    downs.add(created.get(Math.max(0, i - 1 - random.nextInt(Math.min(i, 6)))).id());
                }
            }
            Set<String> dependsOn = new LinkedHashSet<>();
            if (i > 0 && random.nextDouble() < 0.2) {
                Revision dependency = created.get(random.nextInt(i));
                boolean byLabel = !dependency.branchLabels().isEmpty() && random.nextBoolean();
                dependsOn.add(byLabel ? dependency.branchLabels().iterator().next() : dependency.id());
            }
            Revision r = Revision.of("r" + i, downs.toArray(String[]::new))
                    .withDependsOn(dependsOn.toArray(String[]::new));
            if (random.nextDouble() < 0.1) {
                r = r.withBranchLabels("L" + i);
            }
            created.add(r);
        }
        List<Revision> loadOrder = new ArrayList<>(created);
        Collections.shuffle(loadOrder, random);
        return RevisionGraph.of(loadOrder);
    }

    private static void checkTopologicalOrder(RevisionGraph g) {
        List<String> order = Fixtures.ids(g.topologicalOrder());
        assertThat(order).containsExactlyInAnyOrderElementsOf(Fixtures.ids(g.revisions()));
        for (int k = 0; k < order.size(); k++) {
            for (Revision ancestor : g.ancestors(order.get(k))) {
                assertThat(order.indexOf(ancestor.id())).as("%s before %s", ancestor.id(), order.get(k)).isLessThan(k);
            }
        }
    }

    private static void walkRandomly(RevisionGraph g, Random random) {
        Set<String> applied = new HashSet<>();
        List<String> rows = List.of();
        for (int op = 0; op < OPERATIONS; op++) {
            int kind = random.nextInt(10);
            if (kind < 5) {
                rows = upgrade(g, random, applied, rows);
            } else if (kind < 9) {
                rows = downgrade(g, random, applied, rows);
            } else {
                stamp(g, random, rows);
            }
            assertThat(rows).containsExactlyInAnyOrderElementsOf(newest(g, applied));
        }
        assertThatThrownBy(() -> g.planUpgrade(List.of("not_a_revision"), "heads"))
                .isInstanceOf(UnknownRevisionException.class);
    }

    private static List<String> upgrade(RevisionGraph g, Random random, Set<String> applied, List<String> rows) {
        String target = randomTarget(g, random, rows, "+");
        Plan plan;
        List<Revision> targets;
        try {
            targets = g.resolve(target, rows);
            plan = g.planUpgrade(rows, target);
        } catch (RevisionException e) {
            if (isAbsolute(target)) {
                fail("upgrade to " + target + " from " + rows + " failed: " + e.getMessage());
            }
            return rows;
        }
        Set<String> expected = new HashSet<>();
        for (Revision t : targets) {
            expected.add(t.id());
            g.ancestors(t.id()).forEach(a -> expected.add(a.id()));
        }
        expected.removeAll(applied);
        assertThat(plan.ids()).as("upgrade %s from %s", target, rows).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expected);
        Set<String> done = new HashSet<>(applied);
        for (Step step : plan.steps()) {
            for (Revision ancestor : g.ancestors(step.id())) {
                assertThat(done).as("%s applied before %s", ancestor.id(), step.id()).contains(ancestor.id());
            }
            done.add(step.id());
            assertThat(step.rowsAfter()).as("rows after %s", step.id())
                    .containsExactlyInAnyOrderElementsOf(newest(g, done));
        }
        replay(plan.rowsBefore(), plan.steps(), plan.rowsAfter());
        applied.addAll(plan.ids());
        return plan.rowsAfter();
    }

    private static List<String> downgrade(RevisionGraph g, Random random, Set<String> applied, List<String> rows) {
        String target = randomTarget(g, random, rows, "-");
        Set<String> expected = null;
        if (target.equals("base")) {
            expected = new HashSet<>(applied);
        } else if (isAbsolute(target)) {
            expected = new HashSet<>();
            for (Revision child : g.children(target)) {
                expected.add(child.id());
                for (Revision d : g.descendants(child.id())) {
                    expected.add(d.id());
                }
            }
            expected.retainAll(applied);
            if (expected.isEmpty() && !rows.contains(target)) {
                assertThatThrownBy(() -> g.planDowngrade(rows, target)).isInstanceOf(NotAncestorException.class);
                return rows;
            }
        }
        Plan plan;
        try {
            plan = g.planDowngrade(rows, target);
        } catch (RevisionException e) {
            if (expected != null) {
                fail("downgrade to " + target + " from " + rows + " failed: " + e.getMessage());
            }
            return rows;
        }
        if (expected != null) {
            assertThat(plan.ids()).as("downgrade %s from %s", target, rows).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(plan.ids()).doesNotHaveDuplicates();
        Set<String> left = new HashSet<>(applied);
        for (Step step : plan.steps()) {
            assertThat(left).as("%s is applied", step.id()).contains(step.id());
            for (Revision descendant : g.descendants(step.id())) {
                assertThat(left).as("%s reverted before %s", descendant.id(), step.id()).doesNotContain(descendant.id());
            }
            left.remove(step.id());
            assertThat(step.rowsAfter()).as("rows after reverting %s", step.id())
                    .containsExactlyInAnyOrderElementsOf(newest(g, left));
        }
        replay(plan.rowsBefore(), plan.steps(), plan.rowsAfter());
        applied.retainAll(left);
        return plan.rowsAfter();
    }

    private static void stamp(RevisionGraph g, Random random, List<String> rows) {
        String target = random.nextBoolean() ? pick(g.revisions(), random).id() : random.nextBoolean() ? "base" : "heads";
        StampPlan plan = g.planStamp(rows, List.of(target), random.nextInt(4) == 0);
        TreeSet<String> table = new TreeSet<>(rows);
        plan.changes().forEach(change -> apply(table, change));
        assertThat(table).containsExactlyInAnyOrderElementsOf(plan.rowsAfter());
        for (Revision dest : g.resolve(target)) {
            assertThat(plan.rowsAfter()).contains(dest.id());
            for (String row : plan.rowsAfter()) {
                assertThat(row.equals(dest.id()) || !g.isAncestor(row, dest.id()) && !g.isAncestor(dest.id(), row))
                        .as("row %s beside stamped %s", row, dest.id()).isTrue();
            }
        }
    }

    /** Applies each change to a simulated version table, as the runtime will: updates and deletes match one row. */
    private static void replay(List<String> before, List<Step> steps, List<String> after) {
        TreeSet<String> table = new TreeSet<>(before);
        for (Step step : steps) {
            step.changes().forEach(change -> apply(table, change));
            assertThat(table).as("table after %s", step.id()).containsExactlyInAnyOrderElementsOf(step.rowsAfter());
        }
        assertThat(table).containsExactlyInAnyOrderElementsOf(after);
    }

    private static void apply(Set<String> table, VersionChange change) {
        if (change instanceof VersionChange.Insert insert) {
            assertThat(table.add(insert.revision())).as("insert %s into %s", insert.revision(), table).isTrue();
        } else if (change instanceof VersionChange.Delete delete) {
            assertThat(table.remove(delete.revision())).as("delete %s from %s", delete.revision(), table).isTrue();
        } else if (change instanceof VersionChange.Update update) {
            assertThat(table).as("update %s", update).doesNotContain(update.to());
            assertThat(table.remove(update.from())).as("update %s in %s", update, table).isTrue();
            table.add(update.to());
        }
    }

    /** The applied revisions that nothing else applied comes after: what the version table must hold. */
    static Set<String> newest(RevisionGraph g, Set<String> applied) {
        Set<String> newest = new HashSet<>();
        for (String id : applied) {
            if (g.descendants(id).stream().noneMatch(d -> applied.contains(d.id()))) {
                newest.add(id);
            }
        }
        return newest;
    }

    private static String randomTarget(RevisionGraph g, Random random, List<String> rows, String sign) {
        Revision some = pick(g.revisions(), random);
        return switch (random.nextInt(8)) {
            case 0 -> sign.equals("+") ? "heads" : "base";
            case 1 -> sign + (1 + random.nextInt(3));
            case 2 -> some.id() + (random.nextBoolean() ? "+" : "-") + (1 + random.nextInt(2));
            case 3 -> rows.isEmpty() ? some.id() : pick(rows, random);
            default -> some.id();
        };
    }

    private static boolean isAbsolute(String target) {
        return !target.contains("+") && !target.contains("-");
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    private static String describe(RevisionGraph g) {
        StringBuilder text = new StringBuilder();
        for (Revision r : g.revisions()) {
            text.append(r.id()).append(r.downRevisions()).append(r.dependsOn().isEmpty() ? "" : "dep" + r.dependsOn())
                    .append(r.branchLabels().isEmpty() ? "" : "lbl" + r.branchLabels()).append(' ');
        }
        return text.toString();
    }
}
