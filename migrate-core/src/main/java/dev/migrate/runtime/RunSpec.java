package dev.migrate.runtime;

import dev.migrate.history.Action;
import java.util.List;
import java.util.Optional;

/**
 * What a run does, as the command layer describes it to the {@link Runner}. The runner plans under
 * the lock and plans again whenever the version rows are not what the next step expects (another
 * process got there first).
 */
public interface RunSpec {

    /** Upgrade, downgrade or stamp. */
    Action action();

    /** The target as the user gave it, for events and messages. */
    String target();

    /**
     * The steps from {@code rows} to the target; empty when there is nothing to do.
     *
     * @throws RuntimeException with a clear message when the rows name unknown revisions ({@link DatabaseAheadException})
     *                          or the target cannot be reached
     */
    List<PlannedStep> plan(List<String> rows);

    /** The applied scripts whose checksums must still match, for the given rows; none by default. */
    default List<ChecksumCheck> checksums(List<String> rows) {
        return List.of();
    }

    /**
     * The {@link dev.migrate.script.ScriptFingerprint fingerprint} of the scripts this spec plans from, when the
     * caller computed one. A run that ends with nothing done at {@link #heads()} records it.
     */
    default Optional<String> fingerprint() {
        return Optional.empty();
    }

    /** Whether the run deletes every version row first (a stamp with purge). */
    default boolean purges() {
        return false;
    }

    /** The heads of the scripts' graph, sorted; empty when the spec does not know them. */
    default List<String> heads() {
        return List.of();
    }
}
