package dev.migrate.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Works out {@code stamp}: the version-table changes that make the rows name the targets, without running
 * anything (Alembic {@code ScriptDirectory._stamp_revs} with {@code StampStep}s). For each target revision,
 * the rows on its line of descent (depends-on included) become that one revision: one row is updated and
 * the others deleted; with no row on its line it starts a new branch. {@code base} deletes the rows on its
 * line ({@code <label>@base}: those of the branch).
 */
final class Stamper {

    private final GraphIndex g;
    private final Resolver resolver;
    private final TargetParser parser;
    private final Planner planner;

    Stamper(GraphIndex g, Resolver resolver, TargetParser parser, Planner planner) {
        this.g = g;
        this.resolver = resolver;
        this.parser = parser;
        this.planner = planner;
    }

    StampPlan stamp(Collection<String> currentRows, List<String> targets, boolean purge) {
        List<String> given = targets.isEmpty() ? List.of("base") : List.copyOf(targets);
        given.forEach(Planner::checkTarget);
        List<String> before = ordered(currentRows);
        List<VersionChange> changes = new ArrayList<>();
        VersionRows table;
        if (purge) {
            before.forEach(row -> changes.add(new VersionChange.Delete(row)));
            table = new VersionRows(g, new int[0]);
        } else {
            table = new VersionRows(g, planner.rows(currentRows));
        }
        int[] rows = table.indices();
        List<int[]> destinations = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        for (String target : given) {
            int[] dests = parser.any(() -> rows, target);
            destinations.add(dests);
            for (int d : dests) {
                all.add(d);
            }
        }
        planner.checkNoOverlap(all.stream().mapToInt(Integer::intValue).toArray(), String.join(" ", given));
        for (int k = 0; k < given.size(); k++) {
            int[] dests = destinations.get(k);
            if (dests.length == 0) {
                TargetParser.Relative rel = TargetParser.relative(given.get(k));
                String line = rel == null ? given.get(k) : rel.line();
                for (int row : resolver.lineage(table.indices(), line, true)) {
                    table.delete(row);
                }
            }
            for (int dest : dests) {
                stampOne(table, dest);
            }
        }
        changes.addAll(table.takeChanges());
        return new StampPlan(given, purge, before, changes, table.ids());
    }

    private void stampOne(VersionRows table, int dest) {
        if (table.contains(dest)) {
            return;
        }
        List<Integer> line = new ArrayList<>();
        for (int row : table.indices()) {
            if (g.sharesLineage(row, dest, true)) {
                line.add(row);
            }
        }
        if (line.isEmpty()) {
            table.insert(dest);
            return;
        }
        for (int k = 0; k + 1 < line.size(); k++) {
            table.delete(line.get(k));
        }
        table.update(line.get(line.size() - 1), dest);
    }

    /** The rows as given, known ones in load order, unknown ones (only possible with purge) after them. */
    private List<String> ordered(Collection<String> rows) {
        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        rows.stream().distinct().forEach(row -> (g.byId.containsKey(row) ? known : unknown).add(row));
        known.sort((a, b) -> Integer.compare(g.byId.get(a), g.byId.get(b)));
        known.addAll(unknown);
        return known;
    }
}
