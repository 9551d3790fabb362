package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.command.RevisionInfo;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Alembic's short and long formats, from a small graph: a -> b -> {c, d}; merge m of c and d; x depends on e. */
class RevisionFormatTest {

    private static RevisionInfo rev(String id, List<String> downs, Set<String> labels, List<String> deps,
            String message) {
        return new RevisionInfo(id, downs, List.of(), labels, deps, message, "db/migrations/" + id + ".sql", false,
                false, true, null);
    }

    private final RevisionInfo a = rev("a", List.of(), Set.of(), List.of(), "create users");
    private final RevisionInfo b = rev("b", List.of("a"), Set.of(), List.of(), "add email");
    private final RevisionInfo c = rev("c", List.of("b"), Set.of("billing"), List.of(), "invoices");
    private final RevisionInfo d = rev("d", List.of("b"), Set.of(), List.of(), "audit");
    private final RevisionInfo m = rev("m", List.of("c", "d"), Set.of(), List.of(), "merge billing and audit");
    private final RevisionInfo e = rev("e", List.of(), Set.of("zeta", "alpha"), List.of(), "other base");
    private final RevisionInfo x = rev("x", List.of(), Set.of(), List.of("e"), "needs e\nsecond line");

    private final RevisionFormat format = new RevisionFormat(new GraphView(List.of(m, d, c, b, a, e, x)));

    @Test
    void historyLinesShowParentsMarkersAndMessage() {
        assertThat(format.line(a, RevisionFormat.Parts.HISTORY, false)).isEqualTo("<base> -> a, create users");
        assertThat(format.line(b, RevisionFormat.Parts.HISTORY, true))
                .isEqualTo("a -> b (current) (branchpoint), add email");
        assertThat(format.line(c, RevisionFormat.Parts.HISTORY, false)).isEqualTo("b -> c (billing), invoices");
        assertThat(format.line(m, RevisionFormat.Parts.HISTORY, false))
                .isEqualTo("c, d -> m (head) (mergepoint), merge billing and audit");
        assertThat(format.line(x, RevisionFormat.Parts.HISTORY, false))
                .isEqualTo("<base> (e) -> x (head), needs e\nsecond line");
    }

    @Test
    void aHeadThatAnotherRevisionDependsOnIsAnEffectiveHead() {
        assertThat(format.line(e, RevisionFormat.Parts.HEADS, false)).isEqualTo("e (alpha, zeta) (effective head)");
        assertThat(format.line(m, RevisionFormat.Parts.HEADS, false)).isEqualTo("m (head)");
        assertThat(format.line(m, RevisionFormat.Parts.CURRENT, false)).isEqualTo("m (head) (mergepoint)");
        assertThat(format.line(b, RevisionFormat.Parts.BRANCHES, false)).isEqualTo("b (branchpoint)");
    }

    @Test
    void theLongFormOfABranchPoint() {
        assertThat(format.entry(b, true, List.of("State: current"))).isEqualTo("""
                Rev: b (branchpoint) (current)
                Parent: a
                Branches into: c, d
                Path: db/migrations/b.sql
                State: current

                    add email
                """);
    }

    @Test
    void theLongFormOfAMergeWithLabelsAndDependencies() {
        assertThat(format.entry(m, false, List.of())).isEqualTo("""
                Rev: m (head) (mergepoint)
                Merges: c, d
                Path: db/migrations/m.sql

                    merge billing and audit
                """);
        assertThat(format.entry(x, false, List.of())).isEqualTo("""
                Rev: x (head)
                Parent: <base>
                Also depends on: e
                Path: db/migrations/x.sql

                    needs e
                    second line
                """);
        assertThat(format.entry(e, false, List.of())).isEqualTo("""
                Rev: e (head)
                Parent: <base>
                Branch names: alpha, zeta
                Path: db/migrations/e.sql

                    other base
                """);
    }
}
