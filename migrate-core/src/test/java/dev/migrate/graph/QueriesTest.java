package dev.migrate.graph;

import static dev.migrate.graph.Fixtures.graph;
import static dev.migrate.graph.Fixtures.ids;
import static dev.migrate.graph.Fixtures.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueriesTest {

    final RevisionGraph g = graph(rev("a"), rev("b", "a"), rev("c1", "b").withBranchLabels("c1branch"),
            rev("d1", "c1"), rev("c2", "b"), rev("d2", "c2").withDependsOn("x1"), rev("e", "d1", "d2"), rev("x1"),
            rev("x2", "x1"));

    @Test
    void lookups() {
        assertThat(g.revisions()).hasSize(9);
        assertThat(g.size()).isEqualTo(9);
        assertThat(g.find("c1")).map(Revision::source).contains("c1.py");
        assertThat(g.find("c")).isEmpty();
        assertThat(g.get("e").downRevisions()).containsExactly("d1", "d2");
        assertThatThrownBy(() -> g.get("zz"))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessage("No revision has the id 'zz'; 'migrate history' lists the revisions");
    }

    @Test
    void headsBasesBranchAndMergePoints() {
        assertThat(ids(g.heads())).containsExactly("e", "x2");
        assertThat(ids(g.effectiveHeads())).containsExactly("e", "x2");
        assertThat(ids(g.bases())).containsExactly("a", "x1");
        assertThat(ids(g.branchPoints())).containsExactly("b");
        assertThat(ids(g.mergePoints())).containsExactly("e");
        assertThat(ids(g.children("b"))).containsExactly("c1", "c2");
    }

    @Test
    void ancestorsAndDescendantsFollowDependsOn() {
        assertThat(ids(g.ancestors("d2"))).containsExactly("a", "b", "c2", "x1");
        assertThat(ids(g.descendants("x1"))).containsExactly("d2", "e", "x2");
        assertThat(ids(g.ancestors("a"))).isEmpty();
        assertThat(g.isAncestor("x1", "e")).isTrue();
        assertThat(g.isAncestor("e", "x1")).isFalse();
        assertThat(g.isAncestor("c1", "c2")).isFalse();
        assertThat(g.isAncestor("a", "a")).isFalse();
    }

    @Test
    void topologicalOrderIsTheUpgradeOrderFromBase() {
        assertThat(ids(g.topologicalOrder())).isEqualTo(g.planUpgrade(List.of(), "heads").ids());
        assertThat(ids(g.topologicalOrder())).containsExactly("x1", "a", "b", "x2", "c2", "d2", "c1", "d1", "e");
    }

    @Test
    void branchLabelsSpreadUpTheBranch() {
        assertThat(g.branchLabels("c1")).containsExactly("c1branch");
        assertThat(g.branchLabels("d1")).containsExactly("c1branch");
        assertThat(g.branchLabels("e")).containsExactly("c1branch");
        assertThat(g.branchLabels("b")).isEmpty();
        assertThat(g.branchLabels("c2")).isEmpty();
    }

    @Test
    void labelsReachDownAnUnforkedLine() {
        RevisionGraph line = graph(rev("a"), rev("b", "a"), rev("c", "b").withBranchLabels("lib"), rev("d", "c"));
        assertThat(line.branchLabels("a")).containsExactly("lib");
        RevisionGraph forkAbove = graph(rev("a"), rev("b", "a").withBranchLabels("lib"), rev("c1", "b"),
                rev("c2", "b"));
        assertThat(forkAbove.branchLabels("a")).isEmpty();
        assertThat(forkAbove.branchLabels("c2")).containsExactly("lib");
    }

    @Test
    void historyRanges() {
        assertThat(ids(g.walk("c1", "e"))).containsExactly("e", "d1", "c1");
        assertThat(ids(g.walk(null, "d1"))).containsExactly("d1", "c1", "b", "a");
        assertThat(ids(g.walk("x1", null))).containsExactly("x2", "x1");
        assertThat(ids(g.walk("current", null, List.of("d1", "d2")))).containsExactly("e", "d1", "d2");
        assertThat(ids(g.walk(null, "current", List.of("c1")))).containsExactly("c1", "b", "a");
        assertThat(ids(g.walk("d1", "d1+1"))).containsExactly("e", "d1");
        assertThat(ids(g.walk("c1", "+1"))).containsExactly("d1", "c1");
        assertThatThrownBy(() -> g.walk("-1", "heads"))
                .isInstanceOf(RelativeWalkException.class)
                .hasMessage("Relative target '-1' is ambiguous: e merges d1 and d2; name a branch, as in"
                        + " '<label>@-1', or count from a revision on it");
        RevisionGraph line = graph(rev("a"), rev("b", "a"), rev("c", "b"));
        assertThat(ids(line.walk("-1", "heads"))).containsExactly("c", "b");
        assertThat(ids(line.walk("-9", "heads"))).containsExactly("c", "b", "a");
        assertThat(ids(line.walk("a", "+9"))).containsExactly("c", "b", "a");
    }

    @Test
    void aRevisionRecordKeepsItsDeclaredLabelOrder() {
        Revision r = Revision.of("a").withBranchLabels("z", "b", "m").withDependsOn("q").withMessage("msg");
        assertThat(r.branchLabels()).containsExactly("z", "b", "m");
        assertThat(r.dependsOn()).containsExactly("q");
        assertThat(r.message()).isEqualTo("msg");
        assertThat(r.isBase()).isTrue();
        assertThat(Revision.of("c", "a", "b").isMerge()).isTrue();
    }
}
