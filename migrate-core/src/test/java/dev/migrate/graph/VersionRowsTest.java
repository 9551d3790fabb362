package dev.migrate.graph;

import static dev.migrate.graph.Fixtures.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The version rows after each step of a hand-written sequence: Alembic's twin-merge tests, which drive its
 * {@code HeadMaintainer} directly.
 */
class VersionRowsTest {

    final GraphIndex twin = GraphBuilder.build(List.of(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("b3", "a"),
            rev("c1", "b1", "b2", "b3"), rev("c2", "b1", "b2", "b3"), rev("d1", "c1"), rev("d2", "c2")));

    final GraphIndex notQuiteTwin = GraphBuilder.build(List.of(rev("a"), rev("b1", "a"), rev("b2", "a"),
            rev("b3", "a"), rev("c1", "b1", "b2"), rev("c2", "b2", "b3"), rev("d1", "c1"), rev("d2", "c2")));

    static void upgrade(GraphIndex g, VersionRows rows, String id, String... after) {
        rows.upgrade(g.byId.get(id));
        assertThat(rows.ids()).as("rows after " + id).containsExactly(after);
    }

    @Test
    void twinMerge() {
        VersionRows rows = new VersionRows(twin, new int[] {twin.byId.get("a")});
        upgrade(twin, rows, "b3", "b3");
        upgrade(twin, rows, "b1", "b1", "b3");
        upgrade(twin, rows, "b2", "b1", "b2", "b3");
        upgrade(twin, rows, "c2", "c2");
        upgrade(twin, rows, "d2", "d2");
        upgrade(twin, rows, "c1", "c1", "d2");
        upgrade(twin, rows, "d1", "d1", "d2");
    }

    @Test
    void notQuiteTwinMerge() {
        VersionRows rows = new VersionRows(notQuiteTwin, new int[] {notQuiteTwin.byId.get("a")});
        upgrade(notQuiteTwin, rows, "b2", "b2");
        upgrade(notQuiteTwin, rows, "b3", "b2", "b3");
        upgrade(notQuiteTwin, rows, "c2", "c2");
        upgrade(notQuiteTwin, rows, "d2", "d2");
        upgrade(notQuiteTwin, rows, "b1", "b1", "d2");
        upgrade(notQuiteTwin, rows, "c1", "c1", "d2");
        upgrade(notQuiteTwin, rows, "d1", "d1", "d2");
    }

    @Test
    void twinMergePlanFromA() {
        RevisionGraph g = RevisionGraph.of(twin.revisions(java.util.stream.IntStream.range(0, twin.size()).toArray()));
        Plan plan = g.planUpgrade(List.of("a"), "heads");
        assertThat(plan.ids()).containsExactly("b3", "b2", "b1", "c2", "d2", "c1", "d1");
        assertThat(plan.steps()).extracting(Step::rowsAfter).containsExactly(List.of("b3"), List.of("b2", "b3"),
                List.of("b1", "b2", "b3"), List.of("c2"), List.of("d2"), List.of("c1", "d2"), List.of("d1", "d2"));
    }

    @Test
    void downgradingARevisionThatIsNoRowIsABug() {
        VersionRows rows = new VersionRows(twin, new int[] {twin.byId.get("a")});
        assertThatThrownBy(() -> rows.downgrade(twin.byId.get("b1")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("downgrade of b1 while the rows are [a]");
    }
}
