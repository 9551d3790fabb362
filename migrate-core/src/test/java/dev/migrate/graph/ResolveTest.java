package dev.migrate.graph;

import static dev.migrate.graph.Fixtures.graph;
import static dev.migrate.graph.Fixtures.ids;
import static dev.migrate.graph.Fixtures.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The target grammar, with the answers of Alembic's {@code LabeledBranchTest} and {@code APITest}. */
class ResolveTest {

    final RevisionGraph labelled = graph(rev("a").withBranchLabels("abranch"), rev("b", "a"),
            rev("somelongername", "b"), rev("c", "somelongername"), rev("d"),
            rev("e", "d").withBranchLabels("ebranch"), rev("someothername", "e"), rev("f", "someothername"));

    final RevisionGraph forked = graph(rev("a"), rev("b", "a"), rev("c1", "b"), rev("c2", "b"));

    List<String> resolve(RevisionGraph g, String target) {
        return ids(g.resolve(target));
    }

    @Test
    void headAndBase() {
        RevisionGraph line = graph(rev("a"), rev("b", "a"), rev("c", "b"));
        assertThat(resolve(line, "head")).containsExactly("c");
        assertThat(resolve(line, "heads")).containsExactly("c");
        assertThat(resolve(line, "base")).isEmpty();
        assertThat(resolve(graph(rev("a"), rev("b", "a"), rev("c"), rev("d", "c")), "base")).isEmpty();
    }

    @Test
    void headWithSeveralHeads() {
        assertThatThrownBy(() -> forked.resolve("head"))
                .isInstanceOfSatisfying(MultipleHeadsException.class, e -> {
                    assertThat(e.heads()).containsExactly("c1", "c2");
                    assertThat(e.argument()).isEqualTo("head");
                })
                .hasMessage("'head' is ambiguous: there are 2 heads (c1, c2); use 'heads' for all of them,"
                        + " '<label>@head' for one branch, or a revision id");
        assertThat(resolve(forked, "heads")).containsExactly("c1", "c2");
    }

    @Test
    void headsWhereOneRevisionIsNeeded() {
        assertThatThrownBy(() -> forked.planDowngrade(List.of("c1", "c2"), "heads"))
                .isInstanceOf(MultipleHeadsException.class)
                .hasMessage("'heads' names 2 heads (c1, c2) where a single revision is needed; use one of their ids");
    }

    @Test
    void labelledHeadWithSeveralHeads() {
        RevisionGraph g = graph(rev("a").withBranchLabels("lib"), rev("b", "a"), rev("c1", "b"), rev("c2", "b"));
        assertThatThrownBy(() -> g.resolve("lib@head"))
                .isInstanceOf(MultipleHeadsException.class)
                .hasMessage("'lib@head' is ambiguous: branch lib has 2 heads (c1, c2); use 'lib@heads' for all of"
                        + " them or a revision id");
        assertThat(resolve(g, "lib@heads")).containsExactly("c1", "c2");
    }

    @Test
    void labelledHeadAcrossAMerge() {
        RevisionGraph g = graph(rev("a"), rev("b", "a"), rev("c1", "b").withBranchLabels("c1branch"), rev("c2", "b"),
                rev("d", "c1", "c2"));
        assertThat(resolve(g, "c1branch@head")).containsExactly("d");
    }

    @Test
    void branchLabelForms() {
        assertThat(resolve(labelled, "ebranch@head")).containsExactly("f");
        assertThat(resolve(labelled, "abranch@head")).containsExactly("c");
        assertThat(resolve(labelled, "abranch@heads")).containsExactly("c");
        assertThat(resolve(labelled, "abranch@base")).isEmpty();
        assertThat(resolve(labelled, "ebranch@d")).containsExactly("d");
        assertThat(resolve(labelled, "ebranch@ebranch")).containsExactly("e");
        assertThat(resolve(labelled, "abranch")).containsExactly("a");
        assertThat(resolve(labelled, "ebranch")).containsExactly("e");
    }

    @Test
    void revisionUsedAsABranch() {
        assertThat(resolve(labelled, "e@d")).containsExactly("d");
        assertThat(resolve(labelled, "someoth@d")).containsExactly("d");
    }

    @Test
    void revisionAtHeadAndRevisionAtLabel() {
        RevisionGraph g = graph(rev("a"), rev("b", "a"), rev("c1", "b").withBranchLabels("c1branch"), rev("d1", "c1"),
                rev("c2", "b"), rev("d2", "c2"));
        assertThat(resolve(g, "c1@head")).containsExactly("d1");
        assertThat(resolve(g, "c2@heads")).containsExactly("d2");
        assertThat(resolve(g, "d1@c1branch")).containsExactly("c1");
        assertThat(resolve(g, "a@c1branch")).containsExactly("c1");
        assertThatThrownBy(() -> g.resolve("b@head"))
                .isInstanceOf(MultipleHeadsException.class)
                .hasMessage("'b@head' is ambiguous: branch b has 2 heads (d1, d2); use 'b@heads' for all of them or a"
                        + " revision id");
        assertThatThrownBy(() -> g.resolve("d2@c1branch"))
                .hasMessage("Revision c1 is not on branch 'd2': it is neither above nor below d2; check the branch"
                        + " label or the revision");
    }

    @Test
    void prefixes() {
        assertThat(resolve(labelled, "ebranch@some")).containsExactly("someothername");
        assertThat(resolve(labelled, "abranch@some")).containsExactly("somelongername");
        assertThat(resolve(labelled, "someo")).containsExactly("someothername");
        assertThat(resolve(labelled, "e")).containsExactly("e");
        assertThat(resolve(labelled, "ebr")).containsExactly("e");
    }

    @Test
    void ambiguousPrefixListsTheCandidates() {
        assertThatThrownBy(() -> labelled.resolve("some"))
                .isInstanceOfSatisfying(AmbiguousRevisionException.class,
                        e -> assertThat(e.candidates()).containsExactly("somelongername", "someothername"))
                .hasMessage("Revision prefix 'some' is ambiguous: it matches somelongername, someothername; type"
                        + " more characters");
    }

    @Test
    void aPrefixMatchingAnIdAndALabelOfTheSameRevisionIsUnique() {
        RevisionGraph g = graph(rev("abcd1234").withBranchLabels("abcdlib"));
        assertThat(resolve(g, "abcd")).containsExactly("abcd1234");
    }

    @Test
    void shortIdsAreNotMatchedByPrefix() {
        assertThatThrownBy(() -> forked.resolve("c"))
                .isInstanceOfSatisfying(UnknownRevisionException.class, e -> assertThat(e.revision()).isEqualTo("c"))
                .hasMessage("No revision or branch label matches 'c'; 'migrate history' lists the revisions");
    }

    @Test
    void unknownRevisions() {
        assertThatThrownBy(() -> labelled.resolve("ebranch@sos"))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessage("No revision or branch label matches 'sos'; 'migrate history' lists the revisions");
        assertThatThrownBy(() -> labelled.resolve("abranch@qprstuv"))
                .hasMessage("No revision or branch label matches 'qprstuv'; 'migrate history' lists the revisions");
    }

    @Test
    void revisionNotOnTheBranch() {
        assertThatThrownBy(() -> labelled.resolve("ebranch@b"))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessage("Revision b is not on branch 'ebranch': it is neither above nor below e; check the"
                        + " branch label or the revision");
        assertThatThrownBy(() -> labelled.resolve("abranch@d"))
                .hasMessage("Revision d is not on branch 'abranch': it is neither above nor below a; check the"
                        + " branch label or the revision");
    }

    @Test
    void unknownBranch() {
        assertThatThrownBy(() -> labelled.resolve("x@d"))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessage("No branch named 'x': no branch label or revision matches it; 'migrate history' lists the"
                        + " revisions and their labels");
    }

    @Test
    void malformedTargets() {
        assertThatThrownBy(() -> labelled.resolve("abranch@"))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessage("Target 'abranch@' names no revision after '@'; use '<label>@head', '<label>@base' or"
                        + " '<label>@<revision>'");
        assertThatThrownBy(() -> labelled.resolve(""))
                .hasMessage("No target given; use a revision id, a branch label, 'head', 'heads' or 'base'");
        assertThatThrownBy(() -> labelled.planUpgrade(List.of(), "a:c"))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessage("Target 'a:c' is a range; give a single target (ranges are for history)");
        assertThatThrownBy(() -> labelled.resolve("+99999999999"))
                .hasMessage("Relative target '+99999999999' counts too far; use a smaller number or a revision id");
    }

    @Test
    void relativeTargetsCountFromTheCurrentRows() {
        assertThat(ids(labelled.resolve("+1", List.of("b")))).containsExactly("somelongername");
        assertThat(ids(labelled.resolve("-1", List.of("b")))).containsExactly("a");
        assertThat(ids(labelled.resolve("-2", List.of("b")))).isEmpty();
        assertThat(ids(labelled.resolve("ebranch@-1", List.of("c", "f")))).containsExactly("someothername");
        assertThat(ids(labelled.resolve("ebranch@+1", List.of("c", "e")))).containsExactly("someothername");
        assertThat(ids(labelled.resolve("c-2"))).containsExactly("b");
        assertThat(ids(labelled.resolve("abranch@head-1"))).containsExactly("somelongername");
        assertThat(ids(labelled.resolve("ebranch@base+2"))).containsExactly("e");
        assertThat(ids(labelled.resolve("b+0"))).containsExactly("b");
    }

    @Test
    void relativeTargetWithoutACurrentRowOnTheBranch() {
        assertThatThrownBy(() -> labelled.resolve("ebranch@-1", List.of("c")))
                .isInstanceOf(RelativeWalkException.class)
                .hasMessage("Relative target 'ebranch@-1' has nothing to count from: no current revision is on"
                        + " branch ebranch");
    }

    @Test
    void walkingUpFromSeveralBases() {
        assertThatThrownBy(() -> labelled.resolve("base+1"))
                .isInstanceOf(RelativeWalkException.class)
                .hasMessage("Relative target 'base+1' is ambiguous: there are several bases (a, d); name a branch,"
                        + " as in '<label>@+1', or count from a revision on it");
        assertThat(ids(labelled.resolve("abranch@base+1"))).containsExactly("a");
    }

    @Test
    void walkingDownAMerge() {
        RevisionGraph g = graph(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("c", "b1", "b2"));
        assertThatThrownBy(() -> g.resolve("c-2"))
                .isInstanceOf(RelativeWalkException.class)
                .hasMessage("Relative target 'c-2' is ambiguous: c merges b1 and b2; name a branch, as in"
                        + " '<label>@-2', or count from a revision on it");
    }

    @Test
    void unknownRowsOnlyMatterWhenCountedFrom() {
        assertThat(ids(labelled.resolve("c", List.of("zzz")))).containsExactly("c");
        assertThatThrownBy(() -> labelled.resolve("-1", List.of("zzz")))
                .isInstanceOf(UnknownRevisionException.class);
    }
}
