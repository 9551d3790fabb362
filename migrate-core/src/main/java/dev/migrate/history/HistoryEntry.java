package dev.migrate.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the history log: an applied revision (or an attempt, a stamp, a checksum repair).
 *
 * @param id            the row's id, increasing in the order rows were written
 * @param revision      the revision the entry is about; for a stamp, the revisions stamped (comma separated)
 * @param action        what happened
 * @param fromRows      the version rows before
 * @param toRows        the version rows after (the same as before for a failed attempt)
 * @param checksum      the script's checksum, or {@code null} (Java migrations, stamps)
 * @param transactional whether the step ran inside a transaction
 * @param user          the database user, or {@code null} when the database has none (SQLite)
 * @param host          the host that ran the step, or {@code null}
 * @param startedAt     when the step started
 * @param duration      how long it took, or {@code null} for entries written by an offline script
 * @param success       whether it succeeded
 * @param error         the error message of a failed attempt, or {@code null}
 */
public record HistoryEntry(long id, String revision, Action action, List<String> fromRows, List<String> toRows,
        String checksum, boolean transactional, String user, String host, Instant startedAt, Duration duration,
        boolean success, String error) {

    public HistoryEntry {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(action, "action");
        fromRows = List.copyOf(fromRows);
        toRows = List.copyOf(toRows);
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /** The checksum, when one was recorded. */
    public Optional<String> checksumValue() {
        return Optional.ofNullable(checksum);
    }
}
