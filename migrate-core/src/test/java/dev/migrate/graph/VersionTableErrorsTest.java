package dev.migrate.graph;

import static dev.migrate.graph.Fixtures.graph;
import static dev.migrate.graph.Fixtures.ids;
import static dev.migrate.graph.Fixtures.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What planning says when the version table does not fit the scripts. */
class VersionTableErrorsTest {

    final RevisionGraph g = graph(rev("a"), rev("b", "a"), rev("c", "b"));

    static final String AHEAD = "The database is at revision f00d, which no script declares; it was probably applied"
            + " by a newer version of the application. Deploy that version, or run 'migrate stamp <revision>"
            + " --purge' to reset the version table";

    @Test
    void databaseAheadOfTheCode() {
        assertThatThrownBy(() -> g.planUpgrade(List.of("f00d"), "heads"))
                .isInstanceOfSatisfying(UnknownRevisionException.class, e -> assertThat(e.revision()).isEqualTo("f00d"))
                .hasMessage(AHEAD);
        assertThatThrownBy(() -> g.planDowngrade(List.of("c", "f00d"), "base")).hasMessage(AHEAD);
        assertThatThrownBy(() -> g.walk("current", null, List.of("f00d"))).hasMessage(AHEAD);
    }

    @Test
    void simpleQueriesStillWorkWhenTheDatabaseIsAhead() {
        assertThat(ids(g.heads())).containsExactly("c");
        assertThat(ids(g.resolve("head", List.of("f00d")))).containsExactly("c");
        assertThat(ids(g.walk(null, null, List.of("f00d")))).containsExactly("c", "b", "a");
    }

    @Test
    void rowsThatFollowOneAnother() {
        assertThatThrownBy(() -> g.planUpgrade(List.of("a", "b"), "heads"))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessage("The version table is inconsistent: it holds a and b, which comes after it; run 'migrate"
                        + " stamp' with the revision(s) the database is really at");
    }

    @Test
    void aRevisionWithSeveralLabelsCannotNameABranch() {
        RevisionGraph labelled = graph(rev("a").withBranchLabels("x", "y"), rev("b", "a"));
        assertThatThrownBy(() -> labelled.walk("a@base", null))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessage("'a@base' uses revision a as a branch, but it has several branch labels (x, y); use a"
                        + " branch label before '@'");
        assertThat(ids(labelled.walk("y@base", null))).containsExactly("b", "a");
    }

    @Test
    void planRecords() {
        Plan plan = g.planUpgrade(List.of("a"), "c");
        assertThat(plan.isEmpty()).isFalse();
        assertThat(plan.target()).isEqualTo("c");
        assertThat(plan.rowsBefore()).containsExactly("a");
        assertThat(plan.steps().get(0).id()).isEqualTo("b");
        assertThat(plan.steps().get(0).direction()).isEqualTo(Direction.UPGRADE);
        assertThat(g.planUpgrade(List.of("c"), "c").isEmpty()).isTrue();
        assertThat(g.toString()).isEqualTo("RevisionGraph[3 revisions, heads [c]]");
    }
}
