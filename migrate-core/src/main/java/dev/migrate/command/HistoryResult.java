package dev.migrate.command;

import java.util.List;

/**
 * The revisions of a range, newest first ({@link Migrator#history}).
 *
 * @param range         the range as given ({@code A:B}, {@code :B}, {@code A:}, {@code current:}; empty for all)
 * @param databaseRead  whether the states come from the database (false when no connection is configured;
 *                      every state is then {@link RevisionState#PENDING} and no log is attached)
 * @param revisions     the revisions, newest first, with their state and, verbose, their log entries
 */
public record HistoryResult(String range, boolean databaseRead, List<RevisionStatus> revisions) {

    public HistoryResult {
        revisions = List.copyOf(revisions);
    }
}
