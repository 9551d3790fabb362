package dev.migrate.graph;

import static dev.migrate.graph.Fixtures.graph;
import static dev.migrate.graph.Fixtures.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.graph.VersionChange.Delete;
import dev.migrate.graph.VersionChange.Insert;
import dev.migrate.graph.VersionChange.Update;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Upgrade and downgrade plans and the version rows after them: the scenario families of Alembic's
 * {@code tests/test_version_traversal.py} with the steps, order and rows it expects.
 */
class TraversalTest {

    static void upgrades(RevisionGraph g, List<String> from, String target, List<String> steps, List<String> rows) {
        Plan plan = g.planUpgrade(from, target);
        assertThat(plan.direction()).isEqualTo(Direction.UPGRADE);
        assertThat(plan.ids()).as("steps").isEqualTo(steps);
        assertThat(plan.rowsAfter()).as("rows after").isEqualTo(rows);
    }

    static void downgrades(RevisionGraph g, List<String> from, String target, List<String> steps,
            List<String> rows) {
        Plan plan = g.planDowngrade(from, target);
        assertThat(plan.direction()).isEqualTo(Direction.DOWNGRADE);
        assertThat(plan.ids()).as("steps").isEqualTo(steps);
        assertThat(plan.rowsAfter()).as("rows after").isEqualTo(rows);
    }

    @Nested
    class Linear {
        static final String A = "1a2b3c4d5e6f";
        static final String B = "2b3c4d5e6f7a";
        static final String C = "3c4d5e6f7a8b";
        static final String D = "4d5e6f7a8b9c";
        static final String E = "5e6f7a8b9c0d";
        final RevisionGraph g = graph(rev(A), rev(B, A), rev(C, B), rev(D, C), rev(E, D));

        @Test
        void downgradeToBaseWithNothingApplied() {
            downgrades(g, List.of(), "base", List.of(), List.of());
        }

        @Test
        void downgradeToTheCurrentRevisionDoesNothing() {
            downgrades(g, List.of(A), A, List.of(), List.of(A));
            downgrades(g, List.of(E), E, List.of(), List.of(E));
        }

        @Test
        void upgradePaths() {
            upgrades(g, List.of(C), E, List.of(D, E), List.of(E));
            upgrades(g, List.of(), C, List.of(A, B, C), List.of(C));
            upgrades(g, List.of(), "head", List.of(A, B, C, D, E), List.of(E));
        }

        @Test
        void upgradeToAnAncestorDoesNothing() {
            upgrades(g, List.of(D), B, List.of(), List.of(D));
            upgrades(g, List.of(D), "base", List.of(), List.of(D));
        }

        @Test
        void versionChangesOfALine() {
            Plan plan = g.planUpgrade(List.of(), C);
            assertThat(plan.steps()).extracting(Step::changes).containsExactly(List.of(new Insert(A)),
                    List.of(new Update(A, B)), List.of(new Update(B, C)));
            assertThat(plan.steps()).extracting(Step::rowsAfter).containsExactly(List.of(A), List.of(B), List.of(C));
            Plan down = g.planDowngrade(List.of(B), "base");
            assertThat(down.steps()).extracting(Step::changes).containsExactly(List.of(new Update(B, A)),
                    List.of(new Delete(A)));
        }

        @Test
        void relativeUpgrades() {
            upgrades(g, List.of(A), "+2", List.of(B, C), List.of(C));
            upgrades(g, List.of(A), "+1", List.of(B), List.of(B));
            upgrades(g, List.of(B), "+3", List.of(C, D, E), List.of(E));
            upgrades(g, List.of(A), B + "+2", List.of(B, C, D), List.of(D));
            upgrades(g, List.of(A), D + "-2", List.of(B), List.of(B));
            upgrades(g, List.of(A), "head-1", List.of(B, C, D), List.of(D));
        }

        @Test
        void invalidRelativeUpgrades() {
            assertThatThrownBy(() -> g.planUpgrade(List.of(B), "-2"))
                    .isInstanceOf(RelativeWalkException.class)
                    .hasMessage("Relative target '-2' moves down; use 'migrate downgrade -2' to revert revisions");
            assertThatThrownBy(() -> g.planUpgrade(List.of(B), "+5"))
                    .isInstanceOf(RelativeWalkException.class)
                    .hasMessage("Relative target '+5' goes too far: there are fewer than 5 revisions above " + B
                            + "; use a smaller count, or 'heads' for the top");
            assertThatThrownBy(() -> g.planUpgrade(List.of(B), "+0"))
                    .hasMessage("Relative target '+0' moves no revisions; use a count of 1 or more");
            assertThatThrownBy(() -> g.planUpgrade(List.of(B), C + "+9"))
                    .hasMessage("Relative target '" + C + "+9' goes too far: there are fewer than 9 revisions above "
                            + C + "; use a smaller count, or 'heads' for the top");
        }

        @Test
        void downgradePaths() {
            downgrades(g, List.of(E), C, List.of(E, D), List.of(C));
            downgrades(g, List.of(C), "base", List.of(C, B, A), List.of());
        }

        @Test
        void relativeDowngrades() {
            downgrades(g, List.of(C), "-1", List.of(C), List.of(B));
            downgrades(g, List.of(E), "-3", List.of(E, D, C), List.of(B));
            downgrades(g, List.of(D), A + "+2", List.of(D), List.of(C));
            downgrades(g, List.of(D), C + "-2", List.of(D, C, B), List.of(A));
            downgrades(g, List.of(A), "-1", List.of(A), List.of());
        }

        @Test
        void invalidRelativeDowngrades() {
            assertThatThrownBy(() -> g.planDowngrade(List.of(B), "-5"))
                    .isInstanceOf(RelativeWalkException.class)
                    .hasMessage("Relative target '-5' goes too far: there are fewer than 5 revisions below " + B
                            + "; use a smaller count, or 'base' to go below every revision");
            assertThatThrownBy(() -> g.planDowngrade(List.of(B), "+2"))
                    .isInstanceOf(RelativeWalkException.class)
                    .hasMessage("Relative target '+2' moves up; use 'migrate upgrade +2' to apply revisions");
            assertThatThrownBy(() -> g.planDowngrade(List.of(), "-1"))
                    .isInstanceOf(RelativeWalkException.class)
                    .hasMessage("Relative target '-1' counts from the current revision, but the database is at"
                            + " base");
        }

        @Test
        void downgradeToARevisionThatIsNotBelow() {
            assertThatThrownBy(() -> g.planDowngrade(List.of(), B.substring(0, 3)))
                    .isInstanceOf(NotAncestorException.class)
                    .hasMessage("Cannot downgrade to " + B + ": the database is at base, so there is nothing to"
                            + " revert");
            assertThatThrownBy(() -> g.planDowngrade(List.of(B), C.substring(0, 4)))
                    .isInstanceOf(NotAncestorException.class)
                    .hasMessage("Cannot downgrade to " + C + ": it comes after the current revision(s) " + B
                            + "; use 'migrate upgrade 3c4d' to move forward");
        }

        @Test
        void stampToBase() {
            StampPlan stamp = g.planStamp(List.of(D), List.of("base"), false);
            assertThat(stamp.changes()).containsExactly(new Delete(D));
            assertThat(stamp.rowsAfter()).isEmpty();
        }
    }

    @Nested
    class Branched {
        final RevisionGraph g = graph(rev("a"), rev("b", "a"), rev("c1", "b").withBranchLabels("c1branch"),
                rev("d1", "c1"), rev("c2", "b").withBranchLabels("c2branch"), rev("d2", "c2"));

        @Test
        void upgradeOneBranch() {
            upgrades(g, List.of("b"), "d1", List.of("c1", "d1"), List.of("d1"));
        }

        @Test
        void upgradeFromOneHeadToTwo() {
            upgrades(g, List.of("a"), "heads", List.of("b", "c2", "d2", "c1", "d1"), List.of("d1", "d2"));
            Plan plan = g.planUpgrade(List.of("a"), "heads");
            assertThat(plan.steps()).extracting(Step::changes).containsExactly(List.of(new Update("a", "b")),
                    List.of(new Update("b", "c2")), List.of(new Update("c2", "d2")), List.of(new Insert("c1")),
                    List.of(new Update("c1", "d1")));
        }

        @Test
        void downgradeTwoHeadsToOne() {
            downgrades(g, List.of("d1", "d2"), "a", List.of("d1", "c1", "d2", "c2", "b"), List.of("a"));
            assertThat(g.planDowngrade(List.of("d1", "d2"), "a").steps()).extracting(Step::changes).containsExactly(
                    List.of(new Update("d1", "c1")), List.of(new Delete("c1")), List.of(new Update("d2", "c2")),
                    List.of(new Update("c2", "b")), List.of(new Update("b", "a")));
        }

        @Test
        void relativeUpgradeFromALabelledHead() {
            upgrades(g, List.of("b"), "c2branch@head-1", List.of("c2"), List.of("c2"));
        }

        @Test
        void relativeDowngradesFromBase() {
            downgrades(g, List.of("d2", "d1"), "base+2", List.of("d1", "c1", "d2", "c2"), List.of("b"));
            downgrades(g, List.of("d2", "d1"), "c2branch@base+2", List.of("d2", "c2"), List.of("d1"));
            downgrades(g, List.of("d2", "d1"), "c2", List.of("d2"), List.of("d1", "c2"));
            downgrades(g, List.of("d2", "d1"), "c2branch@base+3", List.of("d2"), List.of("d1", "c2"));
        }

        @Test
        void minusOneFromSeveralHeadsIsAmbiguous() {
            // Alembic warns and picks the first row the database returns; the order of rows is not reliable.
            assertThatThrownBy(() -> g.planDowngrade(List.of("d2", "d1"), "-1"))
                    .isInstanceOf(RelativeWalkException.class)
                    .hasMessage("Relative target '-1' is ambiguous: the database is at several heads (d1, d2); name"
                            + " a branch, as in '<label>@-1', or count from a revision, as in 'd1-1'");
            assertThatThrownBy(() -> g.planDowngrade(List.of("c2", "d1"), "-1"))
                    .isInstanceOf(RelativeWalkException.class);
        }

        @Test
        void relativeDowngradesOnOneBranch() {
            downgrades(g, List.of("d1", "d2"), "c1branch@-1", List.of("d1"), List.of("c1", "d2"));
            downgrades(g, List.of("d2", "c1"), "d2-1", List.of("d2"), List.of("c1", "c2"));
            downgrades(g, List.of("c1", "d2"), "d2-1", List.of("d2"), List.of("c1", "c2"));
            downgrades(g, List.of("d1", "d2"), "c1branch@head-1", List.of("d1"), List.of("c1", "d2"));
        }

        @Test
        void downgradeOneBranchToTheBranchPoint() {
            downgrades(g, List.of("c1", "d2"), "c1branch@b", List.of("c1"), List.of("d2"));
            downgrades(g, List.of("c1", "d2"), "c2branch@b", List.of("d2", "c2"), List.of("c1"));
            downgrades(g, List.of("d1", "d2"), "c2@b", List.of("d2", "c2"), List.of("d1"));
            downgrades(g, List.of("d1", "d2"), "d1@b", List.of("d1", "c1"), List.of("d2"));
        }

        @Test
        void upgradeAlongALabelledBranch() {
            upgrades(g, List.of("c1"), "c2branch@+1", List.of("c2"), List.of("c1", "c2"));
            upgrades(g, List.of("c1", "c2"), "c2branch@+1", List.of("d2"), List.of("c1", "d2"));
        }

        @Test
        void plusOneFromSeveralHeadsIsAmbiguous() {
            assertThatThrownBy(() -> g.planUpgrade(List.of("c1", "c2"), "+1"))
                    .isInstanceOf(RelativeWalkException.class)
                    .hasMessage("Relative target '+1' is ambiguous: the database is at several revisions (c1, c2);"
                            + " name a branch, as in '<label>@+1', or count from a revision, as in 'c1+1'");
        }

        @Test
        void upgradeFromBase() {
            upgrades(g, List.of(), "base+1", List.of("a"), List.of("a"));
            upgrades(g, List.of(), "+1", List.of("a"), List.of("a"));
        }

        @Test
        void walkingUpAFork() {
            assertThatThrownBy(() -> g.planUpgrade(List.of("a"), "+2"))
                    .isInstanceOf(RelativeWalkException.class)
                    .hasMessage("Relative target '+2' is ambiguous: b is followed by c1 and c2; name a branch, as in"
                            + " '<label>@+2', or count from a revision on it");
        }

        @Test
        void downgradeToAHeadDoesNothing() {
            downgrades(g, List.of("d1", "c2"), "c2", List.of(), List.of("d1", "c2"));
            downgrades(g, List.of("d1", "c2"), "d1", List.of(), List.of("d1", "c2"));
        }

        @Test
        void downgradeToAnotherBranch() {
            assertThatThrownBy(() -> g.planDowngrade(List.of("d1"), "c2"))
                    .isInstanceOf(NotAncestorException.class)
                    .hasMessage("Cannot downgrade to c2: it is not below the current revision(s) d1; 'migrate"
                            + " history' shows how the revisions connect");
        }

        @Test
        void downgradeOnABranchWithNothingAboveTheTarget() {
            assertThatThrownBy(() -> g.planDowngrade(List.of("d1", "d2"), "a@b"))
                    .isInstanceOf(NotAncestorException.class)
                    .hasMessage("Cannot downgrade to 'a@b': no revision of branch a lies above b; check the branch"
                            + " label");
        }
    }

    @Nested
    class BranchFromMergePoint {
        final RevisionGraph g = graph(rev("a1"), rev("b1", "a1"), rev("c1", "b1"), rev("a2"), rev("b2", "a2"),
                rev("c2", "b2"), rev("d1", "c1", "c2"), rev("d2", "c2"));

        @Test
        void upgradeOnlyOneSideOfTheMerge() {
            upgrades(g, List.of("d2", "b1"), "d1", List.of("c1", "d1"), List.of("d1", "d2"));
        }

        @Test
        void downgradeOnlyOneSideOfTheMerge() {
            downgrades(g, List.of("d2", "d1"), "b1", List.of("d1", "c1"), List.of("b1", "d2"));
        }
    }

    @Nested
    class BranchFromThreeWayMergePoint {
        final RevisionGraph g = graph(rev("a1"), rev("b1", "a1"), rev("c1", "b1"), rev("a2"), rev("b2", "a2"),
                rev("c2", "b2"), rev("a3"), rev("b3", "a3"), rev("c3", "b3"), rev("d1", "c1", "c2", "c3"),
                rev("d2", "c2"), rev("d3", "c3"));

        @Test
        void oneSide() {
            upgrades(g, List.of("d3", "d2", "b1"), "d1", List.of("c1", "d1"), List.of("d1", "d2", "d3"));
            downgrades(g, List.of("d3", "d2", "d1"), "b1", List.of("d1", "c1"), List.of("b1", "d2", "d3"));
        }

        @Test
        void twoSidesMergeThenBreakOutAgain() {
            upgrades(g, List.of("d3", "b2", "b1"), "d1", List.of("c2", "c1", "d1"), List.of("d1", "d3"));
            assertThat(g.planUpgrade(List.of("d3", "b2", "b1"), "d1").steps().get(2).changes())
                    .containsExactly(new Delete("c2"), new Update("c1", "d1"));
            upgrades(g, List.of("d3", "d1"), "d2", List.of("d2"), List.of("d1", "d2", "d3"));
        }
    }

    @Nested
    class DependsOn {
        @Test
        void downgradingToADependencyOfAnotherHeadDeletesTheRow() {
            RevisionGraph g = graph(rev("a1").withBranchLabels("lib1"), rev("b1", "a1"), rev("c1", "b1"),
                    rev("a2"), rev("b2", "a2"), rev("c2", "b2").withDependsOn("c1"), rev("d1", "c1"),
                    rev("e1", "d1"), rev("f1", "e1"));
            downgrades(g, List.of("c2", "d1"), "c1", List.of("d1"), List.of("c2"));
            assertThat(g.planDowngrade(List.of("c2", "d1"), "c1").steps().get(0).changes())
                    .containsExactly(new Delete("d1"));
        }

        @Test
        void mergesOfMergesThroughDependencies() {
            RevisionGraph g = graph(rev("a1"), rev("a2"), rev("a3"), rev("amerge", "a1", "a2", "a3"), rev("b1"),
                    rev("b2"), rev("bmerge", "b1", "b2"), rev("c1"), rev("c2"), rev("c3"),
                    rev("cmerge", "c1", "c2", "c3"), rev("d1").withDependsOn("a3", "b2", "c1"));
            downgrades(g, List.of("amerge", "bmerge", "cmerge", "d1"), "b2", List.of("bmerge"),
                    List.of("amerge", "b1", "cmerge", "d1"));
            // b2 was implied by d1, so it comes back as a row.
            downgrades(g, List.of("amerge", "d1", "b1", "cmerge"), "d1@base", List.of("d1"),
                    List.of("amerge", "b1", "b2", "cmerge"));
            downgrades(g, List.of("amerge", "b1", "b2", "cmerge"), "base",
                    List.of("amerge", "a1", "b1", "b2", "cmerge", "c1", "a2", "a3", "c2", "c3"), List.of());
        }

        @Test
        void downgradeOverCrissCrossDependencies() {
            RevisionGraph g = graph(rev("a1"), rev("a2", "a1"), rev("b1"), rev("b2", "b1").withDependsOn("a2"),
                    rev("b3", "b2"), rev("a3", "a2").withDependsOn("b1"));
            downgrades(g, List.of("a3", "b2"), "b1", List.of("b2"), List.of("a3"));
        }

        @Test
        void dependenciesAreNormalized() {
            RevisionGraph g = graph(rev("a1"), rev("a2", "a1"), rev("a3", "a2"), rev("b1"),
                    rev("b2", "b1").withDependsOn("a3"), rev("b3", "b2"), rev("b4", "b3").withDependsOn("a3"));
            downgrades(g, List.of("b4"), "b3", List.of("b4"), List.of("b3"));
        }

        @Test
        void mergeOfARevisionAndItsDependent() {
            RevisionGraph g = graph(rev("a1"), rev("b1").withDependsOn("a1"), rev("bmerge", "a1", "b1"));
            upgrades(g, List.of("a1"), "b1", List.of("b1"), List.of("b1"));
            upgrades(g, List.of("b1"), "bmerge", List.of("bmerge"), List.of("bmerge"));
            downgrades(g, List.of("bmerge"), "a1", List.of("bmerge"), List.of("b1"));
            downgrades(g, List.of("bmerge"), "b1", List.of("bmerge"), List.of("b1"));
        }

        @Test
        void dependsOnABranchLabel() {
            RevisionGraph g = graph(rev("a1").withBranchLabels("lib1"), rev("b1", "a1"),
                    rev("c1", "b1").withBranchLabels("c1lib"), rev("a2"), rev("b2", "a2"),
                    rev("c2", "b2").withDependsOn("c1lib"), rev("d1", "c1"), rev("e1", "d1"), rev("f1", "e1"));
            upgrades(g, List.of("a2"), "c2", List.of("a1", "b1", "c1", "b2", "c2"), List.of("c2"));
            assertThat(g.planUpgrade(List.of("a2"), "c2").steps().get(4).changes())
                    .containsExactly(new Delete("c1"), new Update("b2", "c2"));
        }

        @Test
        void downgradeABranchThatAnotherDependsOn() {
            RevisionGraph g = graph(rev("a"), rev("b", "a"), rev("c1", "b").withBranchLabels("c1branch"),
                    rev("d1", "c1"), rev("c2", "b").withBranchLabels("c2branch"),
                    rev("d2", "c2").withDependsOn("c1"));
            downgrades(g, List.of("d1", "d2"), "c2branch@b", List.of("d2", "c2"), List.of("d1"));
            downgrades(g, List.of("d1", "d2"), "c1branch@b", List.of("d1", "d2", "c1"), List.of("c2"));
        }

        @Test
        void effectiveHeadsOfADependency() {
            RevisionGraph g = graph(rev("y1").withBranchLabels("y"), rev("x1").withBranchLabels("x"),
                    rev("y2", "y1").withDependsOn("x1"), rev("x2", "x1"));
            downgrades(g, List.of("x2", "y2"), "x@-1", List.of("x2"), List.of("y2"));
            downgrades(g, List.of("y2"), "x@-1", List.of("y2", "x1"), List.of("y1"));
            assertThatThrownBy(() -> g.planDowngrade(List.of("y2"), "x1"))
                    .isInstanceOf(NotAncestorException.class)
                    .hasMessage("Cannot downgrade to x1: no revision that follows it is applied (the current"
                            + " revision(s) y2 only depend on it), so there is nothing to revert");
            assertThat(g.planDowngrade(List.of("y2"), "x@-1").steps().get(0).changes())
                    .containsExactly(new Insert("x1"), new Update("y2", "y1"));
        }

        @Test
        void aHeadKeptOpenOnlyByADependencyIsNoRowAfterUpgrade() {
            RevisionGraph g = graph(rev("x1"), rev("y1"), rev("y2", "y1").withDependsOn("x1"));
            assertThat(Fixtures.ids(g.heads())).containsExactly("x1", "y2");
            assertThat(Fixtures.ids(g.effectiveHeads())).containsExactly("y2");
            upgrades(g, List.of(), "heads", List.of("x1", "y1", "y2"), List.of("y2"));
            assertThat(g.planUpgrade(List.of(), "heads").steps().get(2).changes())
                    .containsExactly(new Delete("x1"), new Update("y1", "y2"));
            assertThatThrownBy(() -> g.planUpgrade(List.of(), "head"))
                    .isInstanceOf(MultipleHeadsException.class)
                    .hasMessage("'head' is ambiguous: there are 2 heads (x1, y2); use 'heads' for all of them,"
                            + " '<label>@head' for one branch, or a revision id");
        }
    }

    @Test
    void forestUpgradesTheLaterTreeFirst() {
        RevisionGraph g = graph(rev("a1"), rev("b1", "a1"), rev("a2"), rev("b2", "a2"));
        upgrades(g, List.of(), "heads", List.of("a2", "b2", "a1", "b1"), List.of("b1", "b2"));
    }

    @Nested
    class Merged {
        final RevisionGraph g = graph(rev("a"), rev("b", "a"), rev("c1", "b"), rev("d1", "c1"),
                rev("c2", "b").withBranchLabels("c2branch"), rev("d2", "c2"), rev("e", "d1", "d2"), rev("f", "e"));

        @Test
        void upgradeAcrossTheMergePoint() {
            Plan plan = g.planUpgrade(List.of("b"), "f");
            assertThat(plan.ids()).containsExactly("c2", "d2", "c1", "d1", "e", "f");
            assertThat(plan.steps()).extracting(Step::changes).containsExactly(List.of(new Update("b", "c2")),
                    List.of(new Update("c2", "d2")), List.of(new Insert("c1")), List.of(new Update("c1", "d1")),
                    List.of(new Delete("d2"), new Update("d1", "e")), List.of(new Update("e", "f")));
            assertThat(plan.steps()).extracting(Step::rowsAfter).containsExactly(List.of("c2"), List.of("d2"),
                    List.of("c1", "d2"), List.of("d1", "d2"), List.of("e"), List.of("f"));
        }

        @Test
        void downgradeAcrossTheMergePoint() {
            Plan plan = g.planDowngrade(List.of("f"), "b");
            assertThat(plan.ids()).containsExactly("f", "e", "d1", "c1", "d2", "c2");
            assertThat(plan.steps()).extracting(Step::changes).containsExactly(List.of(new Update("f", "e")),
                    List.of(new Insert("d2"), new Update("e", "d1")), List.of(new Update("d1", "c1")),
                    List.of(new Delete("c1")), List.of(new Update("d2", "c2")), List.of(new Update("c2", "b")));
            assertThat(plan.rowsAfter()).containsExactly("b");
        }
    }
}
