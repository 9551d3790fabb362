package dev.migrate.command;

import dev.migrate.history.HistoryEntry;
import java.util.List;
import java.util.Optional;

/**
 * A revision and its state in the database.
 *
 * @param id               the revision id
 * @param revision         the revision, or empty for a version row that no script declares ({@link RevisionState#UNKNOWN})
 * @param state            its state; {@link RevisionState#CHECKSUM_CHANGED} wins over {@code CURRENT} and {@code APPLIED}
 * @param current          whether a version row names it
 * @param appliedChecksum  the checksum logged when it was last applied (or repaired), or {@code null}
 * @param log              the history-log entries about it, oldest first (filled by verbose history and status)
 */
public record RevisionStatus(String id, Optional<RevisionInfo> revision, RevisionState state, boolean current,
        String appliedChecksum, List<HistoryEntry> log) {

    public RevisionStatus {
        log = List.copyOf(log);
    }

    /** Whether it is applied (current, below a current row, or applied with a changed checksum). */
    public boolean applied() {
        return state == RevisionState.CURRENT || state == RevisionState.APPLIED
                || state == RevisionState.CHECKSUM_CHANGED;
    }
}
