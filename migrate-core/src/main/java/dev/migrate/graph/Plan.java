package dev.migrate.graph;

import java.util.List;
import java.util.Objects;

/**
 * The migrations an upgrade or downgrade runs, in order. An empty plan means there is nothing to do.
 *
 * @param direction  upgrade or downgrade
 * @param target     the target as given
 * @param steps      the steps, in the order they must run
 * @param rowsBefore the version rows the plan starts from, in load order
 * @param rowsAfter  the version rows once every step is done, in load order
 */
public record Plan(Direction direction, String target, List<Step> steps, List<String> rowsBefore,
        List<String> rowsAfter) {

    public Plan {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(target, "target");
        steps = List.copyOf(steps);
        rowsBefore = List.copyOf(rowsBefore);
        rowsAfter = List.copyOf(rowsAfter);
    }

    /** Whether there is nothing to run. */
    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** The revision ids of the steps, in order. */
    public List<String> ids() {
        return steps.stream().map(Step::id).toList();
    }
}
