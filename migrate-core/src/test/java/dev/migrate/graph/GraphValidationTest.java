package dev.migrate.graph;

import static dev.migrate.graph.Fixtures.graph;
import static dev.migrate.graph.Fixtures.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GraphValidationTest {

    @Test
    void anEmptyGraphIsValid() {
        RevisionGraph g = graph();
        assertThat(g.heads()).isEmpty();
        assertThat(g.walk(null, null)).isEmpty();
        assertThat(g.planUpgrade(List.of(), "heads").steps()).isEmpty();
        assertThat(g.planUpgrade(List.of(), "head").steps()).isEmpty();
    }

    @Test
    void duplicateIdNamesBothFiles() {
        assertThatThrownBy(() -> graph(rev("a"), rev("b", "a"), Revision.of("a").withSource("a_again.py")))
                .isInstanceOf(GraphValidationException.class)
                .hasMessage("Revision a is declared twice, in a.py and in a_again.py; give one of them a new id");
    }

    @Test
    void unknownDownRevisionNamesTheRevisionTheMissingIdAndTheFile() {
        assertThatThrownBy(() -> graph(rev("a"), rev("b", "x")))
                .isInstanceOf(GraphValidationException.class)
                .hasMessage("Revision b (b.py) names down revision x, which no script declares; fix its down"
                        + " revision or add the missing script");
    }

    @Test
    void downRevisionMustBeAnIdNotALabel() {
        assertThatThrownBy(() -> graph(rev("a").withBranchLabels("lib"), rev("b", "lib")))
                .hasMessage("Revision b (b.py) names down revision lib, which no script declares (it is a branch"
                        + " label; a down revision must be a revision id)");
    }

    @Test
    void unknownDependsOn() {
        assertThatThrownBy(() -> graph(rev("a"), rev("b", "a").withDependsOn("zz")))
                .isInstanceOf(GraphValidationException.class)
                .hasMessage("Revision b (b.py) depends on zz, which is neither a revision id nor a branch label;"
                        + " fix its depends-on or add the missing script");
    }

    @Test
    void selfLoops() {
        assertThatThrownBy(() -> graph(rev("a", "a")))
                .hasMessage("Revision a (a.py) names itself as its down revision; a revision must follow an older"
                        + " one");
        assertThatThrownBy(() -> graph(rev("a"), rev("b", "a"), rev("c", "b", "c")))
                .hasMessage("Revision c (c.py) names itself as its down revision; a revision must follow an older"
                        + " one");
        assertThatThrownBy(() -> graph(rev("a").withDependsOn("a")))
                .hasMessage("Revision a (a.py) depends on itself; a revision can only depend on older ones");
        assertThatThrownBy(() -> graph(rev("a"), rev("b", "a").withBranchLabels("lib").withDependsOn("lib")))
                .hasMessage("Revision b (b.py) depends on itself (through its branch label 'lib'); a revision can"
                        + " only depend on older ones");
    }

    @Test
    void downRevisionListedTwice() {
        assertThatThrownBy(() -> graph(rev("a"), rev("b", "a", "a")))
                .hasMessage("Revision b (b.py) names down revision a twice; list each down revision once");
    }

    @Test
    void branchLabelUsedTwice() {
        assertThatThrownBy(() -> graph(rev("a"), rev("b", "a"), rev("c", "b").withBranchLabels("xy1"), rev("d"),
                rev("e", "d").withBranchLabels("xy1"), rev("f", "e")))
                .isInstanceOf(GraphValidationException.class)
                .hasMessage("Branch label 'xy1' is used by revision c (c.py) and by revision e (e.py); a label"
                        + " names one branch, so rename one of them");
    }

    @Test
    void branchLabelsMustBeValidAndNotClashWithIds() {
        assertThatThrownBy(() -> graph(rev("a"), rev("b", "a").withBranchLabels("a")))
                .hasMessage("Branch label 'a' of revision b (b.py) is also the id of revision a (a.py); rename the"
                        + " label");
        assertThatThrownBy(() -> graph(rev("a").withBranchLabels("my-lib")))
                .hasMessage("Branch label 'my-lib' of revision a (a.py) is invalid: a label is made of A-Z, a-z,"
                        + " 0-9 and _");
        assertThatThrownBy(() -> graph(rev("a").withBranchLabels("heads")))
                .hasMessage("Branch label 'heads' of revision a (a.py) is reserved: head, heads, base and current"
                        + " name targets; choose another label");
    }

    @Test
    void invalidIds() {
        String invalid = " is invalid: an id is 1 to 32 characters from A-Z, a-z, 0-9 and _ ('@', '-', '+' and"
                + " ':' are reserved for targets)";
        assertThatThrownBy(() -> graph(Revision.of("a-b").withSource("x.sql")))
                .hasMessage("Revision id 'a-b' (x.sql)" + invalid);
        assertThatThrownBy(() -> graph(Revision.of("a@b").withSource("x.sql")))
                .hasMessage("Revision id 'a@b' (x.sql)" + invalid);
        assertThatThrownBy(() -> graph(Revision.of("").withSource("x.sql")))
                .hasMessage("Revision id '' (x.sql)" + invalid);
        assertThatThrownBy(() -> graph(Revision.of("a".repeat(33)).withSource("x.sql")))
                .hasMessage("Revision id '" + "a".repeat(33) + "' (x.sql)" + invalid);
        assertThatThrownBy(() -> graph(Revision.of("head").withSource("x.sql")))
                .hasMessage("Revision id 'head' (x.sql) is reserved: head, heads, base and current name targets;"
                        + " choose another id");
        assertThat(graph(Revision.of("a".repeat(32)), Revision.of("Ab_09")).size()).isEqualTo(2);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> graph(rev("a"), rev("b", "x"), rev("c", "y").withDependsOn("z")))
                .isInstanceOfSatisfying(GraphValidationException.class, e -> assertThat(e.problems()).hasSize(3))
                .hasMessage("The revision graph has 3 problems:\n"
                        + "  - Revision b (b.py) names down revision x, which no script declares; fix its down"
                        + " revision or add the missing script\n"
                        + "  - Revision c (c.py) names down revision y, which no script declares; fix its down"
                        + " revision or add the missing script\n"
                        + "  - Revision c (c.py) depends on z, which is neither a revision id nor a branch label;"
                        + " fix its depends-on or add the missing script");
    }

    @Test
    void simpleCycleNamesEveryRevisionOnIt() {
        assertThatThrownBy(() -> graph(rev("a", "c"), rev("b", "a"), rev("c", "b")))
                .isInstanceOfSatisfying(CycleException.class,
                        e -> assertThat(e.cycles()).containsExactly(List.of("a", "b", "c")))
                .hasMessage("Revisions a (a.py), b (b.py), c (c.py) form a cycle: a follows c, c follows b, b"
                        + " follows a; a revision must come after older revisions only, so fix the down revision"
                        + " or depends-on of one of them");
    }

    @Test
    void cycleNamesOnlyTheRevisionsOnIt() {
        String message = "Revisions a (a.py), b (b.py), c (c.py) form a cycle: a follows c, c follows b, b follows"
                + " a; a revision must come after older revisions only, so fix the down revision or depends-on of"
                + " one of them";
        // Alembic also names d and e, which only descend from the cycle.
        assertThatThrownBy(() -> graph(rev("a", "c"), rev("b", "a"), rev("c", "b"), rev("d"), rev("e", "d")))
                .hasMessage(message);
        assertThatThrownBy(() -> graph(rev("a", "c"), rev("b", "a"), rev("c", "b"), rev("d", "c"), rev("e", "d")))
                .hasMessage(message);
        assertThatThrownBy(() -> graph(rev("a"), rev("b", "a"), rev("c", "b", "e"), rev("d", "c"), rev("e", "d")))
                .hasMessage("Revisions c (c.py), d (d.py), e (e.py) form a cycle: c follows e, e follows d, d"
                        + " follows c; a revision must come after older revisions only, so fix the down revision"
                        + " or depends-on of one of them");
    }

    @Test
    void dependencyCycles() {
        assertThatThrownBy(() -> graph(rev("a").withDependsOn("c"), rev("b", "a"), rev("c", "b")))
                .isInstanceOf(CycleException.class)
                .hasMessage("Revisions a (a.py), b (b.py), c (c.py) form a cycle: a depends on c, c follows b, b"
                        + " follows a; a revision must come after older revisions only, so fix the down revision"
                        + " or depends-on of one of them");
        assertThatThrownBy(() -> graph(rev("a"), rev("b", "a"), rev("c", "b").withDependsOn("e"), rev("d", "c"),
                rev("e", "d")))
                .hasMessage("Revisions c (c.py), d (d.py), e (e.py) form a cycle: c depends on e, e follows d, d"
                        + " follows c; a revision must come after older revisions only, so fix the down revision"
                        + " or depends-on of one of them");
    }

    @Test
    void twoSeparateCyclesAreBothReported() {
        assertThatThrownBy(() -> graph(rev("a", "b"), rev("b", "a"), rev("c", "d"), rev("d", "c")))
                .isInstanceOfSatisfying(CycleException.class,
                        e -> assertThat(e.cycles()).containsExactly(List.of("a", "b"), List.of("c", "d")))
                .hasMessageStartingWith("The revision graph has 2 problems:\n  - Revisions a (a.py), b (b.py)"
                        + " form a cycle: a follows b, b follows a;");
    }

    @Test
    void aCycleAfterManyUnrelatedRevisionsIsFound() {
        Revision[] revisions = new Revision[2003];
        for (int i = 0; i < 2000; i++) {
            revisions[i] = i % 2 == 0 ? Revision.of("r" + i) : Revision.of("r" + i, "r" + (i - 1));
        }
        revisions[2000] = rev("x", "z");
        revisions[2001] = rev("y", "x");
        revisions[2002] = rev("z", "y");
        assertThatThrownBy(() -> graph(revisions))
                .isInstanceOfSatisfying(CycleException.class,
                        e -> assertThat(e.cycles()).containsExactly(List.of("x", "y", "z")));
    }

    @Test
    void aLongChainDoesNotOverflowTheStack() {
        Revision[] chain = new Revision[50_000];
        chain[0] = Revision.of("r0");
        for (int i = 1; i < chain.length; i++) {
            chain[i] = Revision.of("r" + i, "r" + (i - 1));
        }
        RevisionGraph g = graph(chain);
        assertThat(Fixtures.ids(g.heads())).containsExactly("r49999");
        assertThat(g.planUpgrade(List.of(), "heads").steps()).hasSize(50_000);
        assertThat(g.planDowngrade(List.of("r49999"), "base").steps()).hasSize(50_000);
    }

    @Test
    void aDependsOnThatIsAlsoTheDownRevisionIsFine() {
        RevisionGraph g = graph(rev("a1"), rev("a2", "a1").withDependsOn("a1"));
        assertThat(g.planUpgrade(List.of(), "a2").ids()).containsExactly("a1", "a2");
        assertThat(g.planUpgrade(List.of(), "a2").rowsAfter()).containsExactly("a2");
        assertThat(g.planDowngrade(List.of("a2"), "a1").ids()).containsExactly("a2");
        assertThat(g.planDowngrade(List.of("a2"), "a1").rowsAfter()).containsExactly("a1");
    }
}
