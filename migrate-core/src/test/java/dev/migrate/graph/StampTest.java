package dev.migrate.graph;

import static dev.migrate.graph.Fixtures.graph;
import static dev.migrate.graph.Fixtures.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.graph.VersionChange.Delete;
import dev.migrate.graph.VersionChange.Insert;
import dev.migrate.graph.VersionChange.Update;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stamp plans, with the answers of Alembic's stamp tests in {@code test_version_traversal.py}. */
class StampTest {

    final RevisionGraph branched = graph(rev("a"), rev("b", "a"), rev("c1", "b").withBranchLabels("c1branch"),
            rev("d1", "c1"), rev("c2", "b").withBranchLabels("c2branch"), rev("d2", "c2"));

    final RevisionGraph merged = graph(rev("a"), rev("b", "a"), rev("c1", "b"), rev("d1", "c1"),
            rev("c2", "b").withBranchLabels("c2branch"), rev("d2", "c2"), rev("e", "d1", "d2"), rev("f", "e"));

    static void stamps(RevisionGraph g, List<String> rows, String target, List<VersionChange> changes,
            List<String> after) {
        StampPlan plan = g.planStamp(rows, List.of(target), false);
        assertThat(plan.changes()).as("changes").isEqualTo(changes);
        assertThat(plan.rowsAfter()).as("rows after").isEqualTo(after);
    }

    @Test
    void downAcrossBranchesToTheBranchPoint() {
        stamps(branched, List.of("d1", "c2"), "b", List.of(new Delete("d1"), new Update("c2", "b")), List.of("b"));
    }

    @Test
    void toALabelledBaseWithSeveralHeads() {
        stamps(branched, List.of("d1", "c2"), "c1branch@base", List.of(new Delete("d1")), List.of("c2"));
    }

    @Test
    void toALabelledHeadWithSeveralHeads() {
        stamps(branched, List.of("d1", "c2"), "c2branch@head", List.of(new Update("c2", "d2")), List.of("d1", "d2"));
    }

    @Test
    void headsMovesEachBranchOnItsOwn() {
        // Alembic folds d1 into the update here and ends with d2 alone.
        stamps(branched, List.of("d1", "c2"), "heads", List.of(new Update("c2", "d2")), List.of("d1", "d2"));
    }

    @Test
    void acrossAMergePoint() {
        stamps(merged, List.of("e"), "c2", List.of(new Update("e", "c2")), List.of("c2"));
        stamps(merged, List.of("e"), "a", List.of(new Update("e", "a")), List.of("a"));
        stamps(merged, List.of("c2"), "e", List.of(new Update("c2", "e")), List.of("e"));
        stamps(merged, List.of("b"), "e", List.of(new Update("b", "e")), List.of("e"));
        stamps(merged, List.of("d1", "c2"), "e", List.of(new Delete("d1"), new Update("c2", "e")), List.of("e"));
        stamps(merged, List.of("d1", "c2"), "c2branch@head", List.of(new Delete("d1"), new Update("c2", "f")),
                List.of("f"));
    }

    @Test
    void acrossADependency() {
        RevisionGraph g = graph(rev("a1").withBranchLabels("lib1"), rev("b1", "a1"), rev("c1", "b1"), rev("a2"),
                rev("b2", "a2"), rev("c2", "b2").withDependsOn("c1"), rev("d1", "c1"), rev("e1", "d1"),
                rev("f1", "e1"));
        stamps(g, List.of("e1", "c2"), "b1", List.of(new Delete("c2"), new Update("e1", "b1")), List.of("b1"));
    }

    @Test
    void forest() {
        RevisionGraph g = graph(rev("a1"), rev("b1", "a1"), rev("a2"), rev("b2", "a2"));
        stamps(g, List.of(), "heads", List.of(new Insert("b1"), new Insert("b2")), List.of("b1", "b2"));
        stamps(g, List.of("b1", "b2"), "heads", List.of(), List.of("b1", "b2"));
        assertThat(g.planStamp(List.of("b1", "b2"), List.of("heads"), false).isEmpty()).isTrue();
    }

    @Test
    void theSameRevisionAgainChangesNothing() {
        stamps(branched, List.of("d1"), "d1", List.of(), List.of("d1"));
    }

    @Test
    void severalTargets() {
        StampPlan plan = branched.planStamp(List.of("b"), List.of("c1", "d2"), false);
        assertThat(plan.changes()).containsExactly(new Update("b", "c1"), new Insert("d2"));
        assertThat(plan.rowsAfter()).containsExactly("c1", "d2");
    }

    @Test
    void noTargetMeansBase() {
        StampPlan plan = branched.planStamp(List.of("d1", "d2"), List.of(), false);
        assertThat(plan.targets()).containsExactly("base");
        assertThat(plan.changes()).containsExactly(new Delete("d1"), new Delete("d2"));
        assertThat(plan.rowsAfter()).isEmpty();
    }

    @Test
    void relativeTargets() {
        stamps(branched, List.of("d1"), "-1", List.of(new Update("d1", "c1")), List.of("c1"));
        stamps(branched, List.of("a"), "-1", List.of(new Delete("a")), List.of());
        stamps(branched, List.of("d1", "d2"), "c1branch@-1", List.of(new Update("d1", "c1")), List.of("c1", "d2"));
    }

    @Test
    void overlappingTargetsAreRefused() {
        assertThatThrownBy(() -> branched.planStamp(List.of(), List.of("a", "d1", "d2"), false))
                .isInstanceOf(InvalidTargetException.class)
                .hasMessage("'a d1 d2' names overlapping revisions: a is an ancestor of d1; name only d1");
    }

    @Test
    void purgeDeletesEveryRowFirstEvenUnknownOnes() {
        StampPlan plan = branched.planStamp(List.of("fake", "d1"), List.of("d1", "d2"), true);
        assertThat(plan.purge()).isTrue();
        assertThat(plan.rowsBefore()).containsExactly("d1", "fake");
        assertThat(plan.changes()).containsExactly(new Delete("d1"), new Delete("fake"), new Insert("d1"),
                new Insert("d2"));
        assertThat(plan.rowsAfter()).containsExactly("d1", "d2");
    }

    @Test
    void anUnknownRowWithoutPurgeIsTheDatabaseAheadOfTheCode() {
        assertThatThrownBy(() -> branched.planStamp(List.of("fake"), List.of("d1"), false))
                .isInstanceOfSatisfying(UnknownRevisionException.class, e -> assertThat(e.revision()).isEqualTo("fake"))
                .hasMessage("The database is at revision fake, which no script declares; it was probably applied by"
                        + " a newer version of the application. Deploy that version, or run 'migrate stamp"
                        + " <revision> --purge' to reset the version table");
    }
}
