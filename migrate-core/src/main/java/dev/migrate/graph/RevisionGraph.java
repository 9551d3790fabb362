package dev.migrate.graph;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The revision graph: every revision with its down revisions, depends-on and branch labels, validated on
 * construction, with Alembic's queries, target grammar and step planning. Immutable and thread-safe.
 *
 * <p>Lists of revisions come in load order (the order given to {@link #of}; for scripts, file-name order)
 * unless said otherwise. "Current rows" are the version table's rows: one revision id per current head.
 *
 * <p>Targets: a full id, a unique prefix of an id, a branch label, {@code head} (the single head),
 * {@code heads} (every effective head), {@code base}, {@code <label>@head}, {@code <label>@heads},
 * {@code <label>@base}, {@code <label>@<revision>} (the revision must be on that branch; a revision id also
 * works as the branch), and the relative forms {@code +N} / {@code -N} (from the current rows),
 * {@code <label>@+N} / {@code <label>@-N} (from the current row of that branch), {@code <rev>+N},
 * {@code <rev>-N}, {@code head-N}, {@code <label>@head-N} and {@code base+N}.
 */
public final class RevisionGraph {

    private final GraphIndex g;
    private final Resolver resolver;
    private final TargetParser parser;
    private final Planner planner;
    private final Stamper stamper;
    private final List<Revision> revisions;
    private volatile List<Revision> topologicalOrder;

    private RevisionGraph(GraphIndex g) {
        this.g = g;
        this.resolver = new Resolver(g);
        this.parser = new TargetParser(g, resolver);
        this.planner = new Planner(g, resolver, parser);
        this.stamper = new Stamper(g, resolver, parser, planner);
        this.revisions = List.of(g.revs);
    }

    /**
     * Builds and validates the graph; the iteration order of {@code revisions} is the load order.
     *
     * @throws GraphValidationException for invalid or duplicate ids, unknown down revisions or depends-on,
     *         self-loops and branch labels used twice (all reported at once), or a {@link CycleException}
     */
    public static RevisionGraph of(Collection<Revision> revisions) {
        Objects.requireNonNull(revisions, "revisions");
        return new RevisionGraph(GraphBuilder.build(revisions));
    }

    /** Every revision, in load order. */
    public List<Revision> revisions() {
        return revisions;
    }

    /** How many revisions there are. */
    public int size() {
        return g.size();
    }

    /** The revision with exactly this id. */
    public Optional<Revision> find(String id) {
        Integer i = g.byId.get(id);
        return i == null ? Optional.empty() : Optional.of(g.revs[i]);
    }

    /**
     * The revision with exactly this id.
     *
     * @throws UnknownRevisionException if there is none
     */
    public Revision get(String id) {
        return g.revs[index(id)];
    }

    /** Revisions no other revision names as a down revision (Alembic {@code heads}; what {@code heads} lists). */
    public List<Revision> heads() {
        return g.revisions(g.heads);
    }

    /**
     * Heads that nothing names as a down revision or depends-on: the rows the version table holds after
     * upgrading to {@code heads}. A head that only a depends-on keeps open is not one of them.
     */
    public List<Revision> effectiveHeads() {
        return g.revisions(g.realHeads);
    }

    /** Revisions without a down revision (they may have depends-on). */
    public List<Revision> bases() {
        return g.revisions(g.bases);
    }

    /** Revisions that two or more revisions name as their down revision. */
    public List<Revision> branchPoints() {
        return g.revisions(Arrays.stream(indices()).filter(i -> g.next[i].length > 1).toArray());
    }

    /** Revisions with two or more down revisions. */
    public List<Revision> mergePoints() {
        return g.revisions(Arrays.stream(indices()).filter(i -> g.down[i].length > 1).toArray());
    }

    /** The revisions that name {@code id} as a down revision, in load order. */
    public List<Revision> children(String id) {
        return g.revisions(g.next[index(id)]);
    }

    /**
     * Everything that must be applied before {@code id}: its down revisions and depends-on, transitively;
     * {@code id} itself not included.
     */
    public List<Revision> ancestors(String id) {
        int i = index(id);
        BitSet below = g.ancestors(i, true);
        below.clear(i);
        return g.revisions(GraphIndex.toArray(below));
    }

    /** Everything that must be reverted before {@code id}: the revisions above it, through depends-on too. */
    public List<Revision> descendants(String id) {
        int i = index(id);
        BitSet above = g.descendants(new int[] {i}, true);
        above.clear(i);
        return g.revisions(GraphIndex.toArray(above));
    }

    /** Whether {@code ancestor} must be applied before {@code descendant} (false when they are the same). */
    public boolean isAncestor(String ancestor, String descendant) {
        int a = index(ancestor);
        int d = index(descendant);
        return a != d && g.isAncestor(a, d, true);
    }

    /** The branch labels of {@code id}: its own and those it inherits, as Alembic shows them. */
    public Set<String> branchLabels(String id) {
        return g.labels.get(index(id));
    }

    /** Every revision in the order an upgrade from base to {@code heads} applies them. */
    public List<Revision> topologicalOrder() {
        List<Revision> order = topologicalOrder;
        if (order == null) {
            BitSet all = new BitSet();
            all.set(0, g.size());
            order = g.revisions(TopologicalSort.reversed(TopologicalSort.newestFirst(g, all, g.realHeads)));
            topologicalOrder = order;
        }
        return order;
    }

    /**
     * The revisions a target names, in load order; empty for {@code base}. Relative forms without a revision
     * ({@code +1}, {@code -1}, {@code <label>@-1}) count from {@code currentRows}.
     *
     * @throws RevisionException when the target names nothing, is ambiguous or walks out of the graph
     */
    public List<Revision> resolve(String target, Collection<String> currentRows) {
        Planner.checkTarget(target);
        return g.revisions(Arrays.stream(parser.any(() -> planner.rows(currentRows), target)).sorted().toArray());
    }

    /** {@link #resolve(String, Collection)} with the database at base. */
    public List<Revision> resolve(String target) {
        return resolve(target, List.of());
    }

    /**
     * The steps that upgrade the database from {@code currentRows} to {@code target}, in Alembic's order.
     * A target already below the current rows gives an empty plan.
     *
     * @throws UnknownRevisionException if a current row names no revision (the database is ahead of the code)
     * @throws RevisionException when the target cannot be resolved
     */
    public Plan planUpgrade(Collection<String> currentRows, String target) {
        return planner.upgrade(currentRows, target);
    }

    /**
     * The steps that downgrade the database from {@code currentRows} to {@code target}, newest first.
     *
     * @throws NotAncestorException if the target is not below the current rows
     * @throws UnknownRevisionException if a current row names no revision
     */
    public Plan planDowngrade(Collection<String> currentRows, String target) {
        return planner.downgrade(currentRows, target);
    }

    /**
     * The version-table changes that make it name {@code targets} without running anything. An empty list
     * means {@code base}. With {@code purge}, every current row is deleted first, and unknown rows are allowed.
     *
     * @throws InvalidTargetException if one target is an ancestor of another
     */
    public StampPlan planStamp(Collection<String> currentRows, List<String> targets, boolean purge) {
        return stamper.stamp(currentRows, targets, purge);
    }

    /**
     * The revisions of the history range {@code lower:upper}, newest first, both ends included (Alembic
     * {@code walk_revisions}). Null ends mean {@code base} and {@code heads}. Relative upper ends count from
     * the lower end; relative lower ends count down from the heads and stop at base.
     *
     * @throws NotAncestorException if {@code lower} is not below {@code upper}
     */
    public List<Revision> walk(String lower, String upper) {
        return walk(lower, upper, List.of());
    }

    /** {@link #walk(String, String)} where either end may be {@code current}: the current rows. */
    public List<Revision> walk(String lower, String upper, Collection<String> currentRows) {
        List<String> low = end(lower, "base", currentRows);
        List<String> high = end(upper, "heads", currentRows);
        return g.revisions(planner.iterate(high, low, true, false, false));
    }

    /** Alembic {@code iterate_revisions} with its flags, newest first; lets tests follow Alembic's own. */
    List<String> iterate(List<String> upper, List<String> lower, boolean inclusive, boolean implicitBase) {
        return g.ids(planner.iterate(upper, lower, inclusive, implicitBase, true));
    }

    private List<String> end(String given, String otherwise, Collection<String> currentRows) {
        if (given == null || given.isEmpty()) {
            return List.of(otherwise);
        }
        if (given.equals("current")) {
            int[] rows = planner.rows(currentRows);
            return rows.length == 0 ? List.of("base") : g.ids(rows);
        }
        Planner.checkTarget(given);
        return List.of(given);
    }

    private int[] indices() {
        int[] all = new int[g.size()];
        Arrays.setAll(all, i -> i);
        return all;
    }

    private int index(String id) {
        Integer i = g.byId.get(id);
        if (i == null) {
            throw new UnknownRevisionException(id, "No revision has the id '" + id
                    + "'; 'migrate history' lists the revisions");
        }
        return i;
    }

    @Override
    public String toString() {
        return "RevisionGraph[" + g.size() + " revisions, heads " + g.ids(g.heads) + "]";
    }
}
