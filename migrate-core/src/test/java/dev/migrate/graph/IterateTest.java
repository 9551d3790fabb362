package dev.migrate.graph;

import static dev.migrate.graph.Fixtures.graph;
import static dev.migrate.graph.Fixtures.ids;
import static dev.migrate.graph.Fixtures.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The order of revisions between two targets, newest first: the scenario families of Alembic's
 * {@code tests/test_revision.py} with the answers it expects.
 */
class IterateTest {

    /** Alembic's default: inclusive, no implicit base. */
    static List<String> iterate(RevisionGraph g, List<String> upper, List<String> lower) {
        return g.iterate(upper, lower, true, false);
    }

    static List<String> iterate(RevisionGraph g, String upper, String lower) {
        return iterate(g, List.of(upper), List.of(lower));
    }

    @Test
    void briefExampleUpgradesTheSecondBranchFirst() {
        RevisionGraph g = graph(rev("a"), rev("b", "a"), rev("c", "b"), rev("d", "b"), rev("e", "c", "d"));
        assertThat(g.planUpgrade(List.of(), "heads").ids()).containsExactly("a", "b", "d", "c", "e");
        assertThat(ids(g.topologicalOrder())).containsExactly("a", "b", "d", "c", "e");
    }

    @Test
    void diamond() {
        RevisionGraph g = graph(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("c", "b1", "b2"), rev("d", "c"));
        assertThat(iterate(g, "d", "a")).containsExactly("d", "c", "b1", "b2", "a");
    }

    @Test
    void emptyGraph() {
        assertThat(iterate(graph(), "head", "base")).isEmpty();
    }

    @Test
    void duplicateTargetsAreTolerated() {
        RevisionGraph g = graph(rev("a"), rev("b", "a"), rev("c", "b"));
        assertThat(g.iterate(List.of("c", "c"), List.of("a"), false, false)).containsExactly("c", "b");
    }

    @Test
    void longAndShortBranches() {
        RevisionGraph g = graph(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("c1", "b1"), rev("d11", "c1"),
                rev("d12", "c1"));
        assertThat(iterate(g, "heads", "base")).containsExactly("b2", "d11", "d12", "c1", "b1", "a");
    }

    @Nested
    class LabeledBranches {
        final RevisionGraph g = graph(rev("a").withBranchLabels("abranch"), rev("b", "a"),
                rev("somelongername", "b"), rev("c", "somelongername"), rev("d"),
                rev("e", "d").withBranchLabels("ebranch"), rev("someothername", "e"), rev("f", "someothername"));

        @Test
        void headsToNamedBase() {
            assertThat(iterate(g, "heads", "ebranch@base")).containsExactly("f", "someothername", "e", "d");
            assertThat(iterate(g, "heads", "abranch@base")).containsExactly("c", "somelongername", "b", "a");
        }

        @Test
        void namedHeadToBase() {
            assertThat(iterate(g, "ebranch@head", "base")).containsExactly("f", "someothername", "e", "d");
            assertThat(iterate(g, "abranch@head", "base")).containsExactly("c", "somelongername", "b", "a");
        }

        @Test
        void headsToNamedHead() {
            assertThat(iterate(g, "heads", "ebranch@head")).containsExactly("f");
        }

        @Test
        void headsToNamedRevision() {
            assertThat(iterate(g, "heads", "ebranch@d")).containsExactly("f", "someothername", "e", "d");
        }

        @Test
        void headsToTheBaseOfARevisionsBranch() {
            assertThat(iterate(g, "heads", "e@base")).containsExactly("f", "someothername", "e", "d");
            assertThat(iterate(g, "heads", "c@base")).containsExactly("c", "somelongername", "b", "a");
        }

        @Test
        void relativeLowerEndCountsDownFromTheBranchHead() {
            assertThat(iterate(g, "heads", "ebranch@-2")).containsExactly("f", "someothername", "e");
        }

        @Test
        void relativeUpperEndCountsUpAlongTheBranch() {
            assertThat(iterate(g, "ebranch@+2", "base")).containsExactly("e", "d");
        }

        @Test
        void labelsSpreadToDescendantsAndTheUnforkedLineBelow() {
            assertThat(g.branchLabels("d")).containsExactly("ebranch");
            assertThat(g.branchLabels("f")).containsExactly("ebranch");
            assertThat(g.branchLabels("c")).containsExactly("abranch");
        }

        @Test
        void aRevisionWithoutLabelCannotNameABranch() {
            RevisionGraph plain = graph(rev("a"), rev("b", "a"));
            assertThatThrownBy(() -> iterate(plain, "heads", "a@base"))
                    .isInstanceOf(InvalidTargetException.class)
                    .hasMessage("'a@base' uses revision a as a branch, but it has no branch label; use a branch"
                            + " label before '@'");
        }
    }

    @Nested
    class MultipleBranches {
        final RevisionGraph g = graph(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("cb1", "b1"), rev("cb2", "b2"),
                rev("d1cb1", "cb1"), rev("d2cb1", "cb1"), rev("d1cb2", "cb2"), rev("d2cb2", "cb2"),
                rev("d3cb2", "cb2"), rev("d1d2cb2", "d1cb2", "d2cb2"));

        @Test
        void fromMergePoint() {
            assertThat(iterate(g, "d1d2cb2", "a")).containsExactly("d1d2cb2", "d1cb2", "d2cb2", "cb2", "b2", "a");
        }

        @Test
        void multipleHeads() {
            assertThat(iterate(g, List.of("d2cb2", "d3cb2"), List.of("a")))
                    .containsExactly("d2cb2", "d3cb2", "cb2", "b2", "a");
        }

        @Test
        void singleBranch() {
            assertThat(iterate(g, "d3cb2", "a")).containsExactly("d3cb2", "cb2", "b2", "a");
            assertThat(iterate(g, "d3cb2", "base")).containsExactly("d3cb2", "cb2", "b2", "a");
        }

        @Test
        void multipleBranchesToBase() {
            assertThat(iterate(g, List.of("d3cb2", "cb1"), List.of("base")))
                    .containsExactly("cb1", "b1", "d3cb2", "cb2", "b2", "a");
        }

        @Test
        void headsNotAboveTheLowerEndAreLeftOut() {
            assertThat(iterate(g, List.of("d1cb1", "d2cb2", "d3cb2"), List.of("b2")))
                    .containsExactly("d2cb2", "d3cb2", "cb2", "b2");
        }

        @Test
        void wrongDirection() {
            assertThatThrownBy(() -> g.walk("d1cb1", "b1"))
                    .isInstanceOf(NotAncestorException.class)
                    .hasMessage("Cannot list 'd1cb1:b1': d1cb1 is not below b1; the lower end of a range must be an"
                            + " ancestor of its upper end");
        }

        @Test
        void distinctBranches() {
            assertThatThrownBy(() -> g.walk("b1", "d2cb2"))
                    .isInstanceOf(NotAncestorException.class)
                    .hasMessage("Cannot list 'b1:d2cb2': b1 is not below d2cb2; the lower end of a range must be an"
                            + " ancestor of its upper end");
        }

        @Test
        void wrongDirectionToBase() {
            assertThatThrownBy(() -> g.walk("d1cb1", "base"))
                    .isInstanceOf(NotAncestorException.class)
                    .hasMessage("Cannot list 'd1cb1:base': d1cb1 is not below base; the lower end of a range must"
                            + " be an ancestor of its upper end");
        }
    }

    @Nested
    class BranchTravelling {
        final RevisionGraph g = graph(rev("a1"), rev("a2", "a1"), rev("a3", "a2"), rev("b1", "a3"), rev("b2", "a3"),
                rev("cb1", "b1"), rev("cb2", "b2"), rev("db1", "cb1"), rev("db2", "cb2"), rev("e1b1", "db1"),
                rev("fe1b1", "e1b1"), rev("e2b1", "db1"), rev("e2b2", "db2"), rev("merge", "e2b1", "e2b2"));

        @Test
        void implicitBaseFillsInTheOtherSideOfTheMerge() {
            assertThat(g.iterate(List.of("merge"), List.of("db1"), true, true))
                    .containsExactly("merge", "e2b1", "db1", "e2b2", "db2", "cb2", "b2");
        }

        @Test
        void threeBranchesEndInSingleBranch() {
            assertThat(iterate(g, List.of("merge", "fe1b1"), List.of("a3"))).containsExactly("fe1b1", "e1b1",
                    "merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3");
        }

        @Test
        void twoBranchesToRoot() {
            assertThat(iterate(g, "merge", "a1")).containsExactly("merge", "e2b1", "db1", "cb1", "b1", "e2b2",
                    "db2", "cb2", "b2", "a3", "a2", "a1");
        }

        @Test
        void twoBranchesEndInBranch() {
            assertThat(iterate(g, "merge", "b1")).containsExactly("merge", "e2b1", "db1", "cb1", "b1");
        }

        @Test
        void twoBranchesEndBehindBranch() {
            assertThat(iterate(g, "merge", "a2")).containsExactly("merge", "e2b1", "db1", "cb1", "b1", "e2b2",
                    "db2", "cb2", "b2", "a3", "a2");
        }

        @Test
        void threeBranchesToRoot() {
            assertThat(iterate(g, List.of("merge", "fe1b1"), List.of("a1"))).containsExactly("fe1b1", "e1b1",
                    "merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2", "cb2", "b2", "a3", "a2", "a1");
        }

        @Test
        void threeBranchesEndAtMultipleBases() {
            assertThat(iterate(g, List.of("merge", "fe1b1"), List.of("cb1", "cb2")))
                    .containsExactly("fe1b1", "e1b1", "merge", "e2b1", "db1", "cb1", "e2b2", "db2", "cb2");
            assertThat(g.iterate(List.of("merge", "fe1b1"), List.of("cb1", "cb2"), false, false))
                    .containsExactly("fe1b1", "e1b1", "merge", "e2b1", "db1", "e2b2", "db2");
        }

        @Test
        void overlappingUpperEnds() {
            assertThatThrownBy(() -> g.iterate(List.of("db1", "b2", "fe1b1"), List.of(), true, false))
                    .isInstanceOf(InvalidTargetException.class)
                    .hasMessage("':db1,b2,fe1b1' names overlapping revisions: db1 is an ancestor of fe1b1; name only"
                            + " fe1b1");
        }

        @Test
        void exclusiveFromNothing() {
            assertThat(g.iterate(List.of("e2b1", "b2", "fe1b1"), List.of(), false, false)).containsExactly("b2",
                    "fe1b1", "e1b1", "e2b1", "db1", "cb1", "b1", "a3", "a2", "a1");
        }

        @Test
        void exclusiveToSymbolicBase() {
            assertThat(g.iterate(List.of("fe1b1"), List.of("base"), false, false))
                    .containsExactly("fe1b1", "e1b1", "db1", "cb1", "b1", "a3", "a2", "a1");
        }

        @Test
        void ancestorsOfTheMerge() {
            assertThat(ids(g.ancestors("merge"))).containsExactlyInAnyOrder("a1", "e2b2", "e2b1", "cb2", "a3",
                    "a2", "b1", "b2", "db1", "db2", "cb1");
        }
    }

    @Nested
    class MultipleBases {
        final RevisionGraph g = graph(rev("base1"), rev("base2"), rev("base3"), rev("a1a", "base1"),
                rev("a1b", "base1"), rev("a2", "base2"), rev("a3", "base3"), rev("b1a", "a1a"), rev("b1b", "a1b"),
                rev("b2", "a2"), rev("b3", "a3"), rev("c2", "b2"), rev("d2", "c2"), rev("mergeb3d2", "b3", "d2"));

        final List<String> all = List.of("b1a", "a1a", "b1b", "a1b", "base1", "mergeb3d2", "b3", "a3", "base3",
                "d2", "c2", "b2", "a2", "base2");

        @Test
        void headsToBase() {
            assertThat(iterate(g, "heads", "base")).isEqualTo(all);
            assertThat(g.iterate(List.of("heads"), List.of("base"), false, false)).isEqualTo(all);
            assertThat(ids(g.walk(null, null))).isEqualTo(all);
        }

        @Test
        void overlappingLowerEnds() {
            assertThatThrownBy(() -> iterate(g, List.of("c2"), List.of("a2", "b2")))
                    .isInstanceOf(InvalidTargetException.class)
                    .hasMessage("'a2,b2:c2' names overlapping revisions: a2 is an ancestor of b2; name only b2");
        }

        @Test
        void headsToRevisionWithImplicitBase() {
            assertThat(g.iterate(List.of("heads"), List.of("c2"), false, true)).containsExactly("b1a", "a1a", "b1b",
                    "a1b", "base1", "mergeb3d2", "b3", "a3", "base3", "d2");
            assertThat(g.iterate(List.of("heads"), List.of("c2"), true, true)).containsExactly("b1a", "a1a", "b1b",
                    "a1b", "base1", "mergeb3d2", "b3", "a3", "base3", "d2", "c2");
        }

        @Test
        void headsToRevision() {
            assertThat(g.iterate(List.of("heads"), List.of("c2"), false, false)).containsExactly("mergeb3d2", "d2");
        }

        @Test
        void specificPaths() {
            assertThat(iterate(g, "b3", "base3")).containsExactly("b3", "a3", "base3");
            assertThat(g.iterate(List.of("b3", "b2"), List.of("base3"), false, true))
                    .containsExactly("b2", "a2", "base2", "b3", "a3");
        }
    }

    @Nested
    class MultipleBasesWithCrossDependencies {
        final RevisionGraph g = graph(rev("base1").withBranchLabels("b_1"), rev("a1a", "base1"), rev("a1b", "base1"),
                rev("b1a", "a1a"), rev("b1b", "a1b").withDependsOn("a3"), rev("base2").withBranchLabels("b_2"),
                rev("a2", "base2"), rev("b2", "a2"), rev("c2", "b2").withDependsOn("a3"), rev("d2", "c2"),
                rev("base3").withBranchLabels("b_3"), rev("a3", "base3"), rev("b3", "a3"));

        @Test
        void heads() {
            assertThat(ids(g.heads())).containsExactly("b1a", "b1b", "d2", "b3");
        }

        @Test
        void headsToBase() {
            List<String> all = List.of("b1a", "a1a", "b1b", "a1b", "base1", "d2", "c2", "b2", "a2", "base2", "b3",
                    "a3", "base3");
            assertThat(iterate(g, "heads", "base")).isEqualTo(all);
            assertThat(g.planDowngrade(List.of("b1a", "b1b", "d2", "b3"), "base").ids()).isEqualTo(all);
        }

        @Test
        void wrongDirection() {
            assertThatThrownBy(() -> g.walk("d2", "b2")).hasMessage("Cannot list 'd2:b2': d2 is not below b2; the"
                    + " lower end of a range must be an ancestor of its upper end");
            assertThatThrownBy(() -> g.walk("d2", "b3")).hasMessage("Cannot list 'd2:b3': d2 is not below b3; the"
                    + " lower end of a range must be an ancestor of its upper end");
        }

        @Test
        void branchTwoNeedsBranchThree() {
            assertThat(iterate(g, "b_2@head", "base"))
                    .containsExactly("d2", "c2", "b2", "a2", "base2", "a3", "base3");
            assertThat(g.planDowngrade(List.of("d2"), "b_2@base").ids())
                    .containsExactly("d2", "c2", "b2", "a2", "base2");
        }

        @Test
        void branchThreeAlone() {
            assertThat(iterate(g, "b_3@head", "base")).containsExactly("b3", "a3", "base3");
            assertThat(g.planDowngrade(List.of("b3"), "base").ids()).containsExactly("b3", "a3", "base3");
        }

        @Test
        void branchOneNeedsBranchThree() {
            assertThat(iterate(g, "b1b@head", "base")).containsExactly("b1b", "a1b", "base1", "a3", "base3");
            assertThat(g.planDowngrade(List.of("b1b"), "b1b@base").ids()).containsExactly("b1b", "a1b", "base1");
        }

        @Test
        void toBranchBases() {
            List<String> heads = List.of("b1a", "b1b", "d2", "b3");
            assertThat(iterate(g, "heads", "b_2@base")).containsExactly("d2", "c2", "b2", "a2", "base2", "a3",
                    "base3");
            assertThat(g.planDowngrade(heads, "b_2@base").ids()).containsExactly("d2", "c2", "b2", "a2", "base2");
            assertThat(iterate(g, "heads", "b_3@base")).containsExactly("b3", "a3", "base3");
            assertThat(g.planDowngrade(heads, "b_3@base").ids())
                    .containsExactly("b1b", "d2", "c2", "b3", "a3", "base3");
        }
    }

    @Nested
    class MultipleBasesDependingOnLabels {
        final RevisionGraph g = graph(rev("base1").withBranchLabels("b_1"), rev("a1", "base1"), rev("b1", "a1"),
                rev("c1", "b1"), rev("base2").withBranchLabels("b_2").withDependsOn("b_1"), rev("a2", "base2"),
                rev("b2", "a2"), rev("c2", "b2"), rev("d2", "c2"), rev("base3").withBranchLabels("b_3"),
                rev("a3", "base3"), rev("b3", "a3"), rev("c3", "b3").withDependsOn("b2"), rev("d3", "c3"));

        @Test
        void heads() {
            assertThat(ids(g.heads())).containsExactly("c1", "d2", "d3");
        }

        @Test
        void headsToBase() {
            assertThat(iterate(g, "heads", "base")).containsExactly("c1", "b1", "a1", "d2", "c2", "d3", "c3", "b3",
                    "a3", "base3", "b2", "a2", "base2", "base1");
        }

        @Test
        void eachBranchHead() {
            assertThat(iterate(g, "b_2@head", "base")).containsExactly("d2", "c2", "b2", "a2", "base2", "base1");
            assertThat(iterate(g, "b_3@head", "base"))
                    .containsExactly("d3", "c3", "b3", "a3", "base3", "b2", "a2", "base2", "base1");
            assertThat(iterate(g, "b_1@head", "base")).containsExactly("c1", "b1", "a1", "base1");
        }

        @Test
        void eachBranchBase() {
            assertThat(iterate(g, "heads", "b_1@base")).containsExactly("c1", "b1", "a1", "base1");
            assertThat(iterate(g, "heads", "b_2@base")).containsExactly("d2", "c2", "b2", "a2", "base2", "base1");
            assertThat(iterate(g, "heads", "b_3@base"))
                    .containsExactly("d3", "c3", "b3", "a3", "base3", "b2", "a2", "base2", "base1");
        }
    }

    @Test
    void baseWithOnlyADependency() {
        RevisionGraph g = graph(rev("base1"), rev("a1", "base1"), rev("b1", "a1"), rev("c2").withDependsOn("a1"),
                rev("c3", "c2"));
        assertThat(iterate(g, "heads", "base")).containsExactly("b1", "c3", "c2", "a1", "base1");
    }

    @Test
    void dependingOnTheDownRevisionToo() {
        RevisionGraph g = graph(rev("user_foo"), rev("user", "user_foo").withDependsOn("user_foo"));
        assertThat(ids(g.walk(null, null))).containsExactly("user", "user_foo");
        RevisionGraph substrings = graph(rev("user_foo"), rev("user", "user_foo"));
        assertThat(ids(substrings.walk(null, null))).containsExactly("user", "user_foo");
        RevisionGraph onlyDependency = graph(rev("user_foo"), rev("user").withDependsOn("user_foo"));
        assertThat(ids(onlyDependency.walk(null, null))).containsExactly("user", "user_foo");
    }

    @Nested
    class NormalizedDependencies {
        final RevisionGraph g = graph(rev("a1"), rev("a2", "a1"), rev("a3", "a2"), rev("b1"),
                rev("b2", "b1").withDependsOn("a3"), rev("b3", "b2"), rev("b4", "b3").withDependsOn("a3"),
                rev("b5", "b4").withDependsOn("b4"));

        @Test
        void branchTraversal() {
            assertThat(g.planDowngrade(List.of("b4"), "b1@base").ids()).containsExactly("b4", "b3", "b2", "b1");
        }

        @Test
        void allTraversal() {
            assertThat(g.planDowngrade(List.of("b5"), "base").ids())
                    .containsExactly("b5", "b4", "b3", "b2", "b1", "a3", "a2", "a1");
        }

        @Test
        void partialTraversal() {
            // Alembic's test includes a2 because it iterates inclusively; a downgrade to a2 keeps it.
            assertThat(g.planDowngrade(List.of("b5"), "a2").ids()).containsExactly("b5", "b4", "b3", "b2", "a3");
        }

        @Test
        void implicitBase() {
            assertThat(g.iterate(List.of("b5"), List.of("b1"), true, true))
                    .containsExactly("b5", "b4", "b3", "b2", "b1", "a3", "a2", "a1");
            RevisionGraph three = graph(rev("c1"), rev("a1"), rev("a2", "a1").withDependsOn("c1"),
                    rev("a3", "a2").withDependsOn("c1"), rev("b1"), rev("b2", "b1").withDependsOn("a3"),
                    rev("b3", "b2"), rev("b4", "b3").withDependsOn("a3"), rev("b5", "b4"));
            assertThat(three.iterate(List.of("b5"), List.of("b1"), true, true))
                    .containsExactly("b5", "b4", "b3", "b2", "b1", "a3", "a2", "a1", "c1");
        }
    }
}
