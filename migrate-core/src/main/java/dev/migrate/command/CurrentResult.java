package dev.migrate.command;

import java.util.List;
import java.util.Optional;

/**
 * The version rows of the database ({@link Migrator#current()}).
 *
 * @param versionTable the version table, schema-qualified when a schema is configured
 * @param rows         one entry per version row; empty when the database is at base or has no version table
 */
public record CurrentResult(String versionTable, List<Row> rows) {

    public CurrentResult {
        rows = List.copyOf(rows);
    }

    /** The revision ids of the version rows. */
    public List<String> revisions() {
        return rows.stream().map(Row::revision).toList();
    }

    /** Whether a version row names a revision that no script declares (the database is ahead of the code). */
    public boolean hasUnknown() {
        return rows.stream().anyMatch(r -> r.info().isEmpty());
    }

    /**
     * One version row.
     *
     * @param revision the revision id stored
     * @param info     the revision, or empty when no script declares it
     */
    public record Row(String revision, Optional<RevisionInfo> info) {
        /** Whether a script declares it. */
        public boolean known() {
            return info.isPresent();
        }
    }
}
