package dev.migrate.command;

import java.util.List;

/**
 * Every known revision with its state, plus version rows no script declares ({@link Migrator#status()}).
 *
 * @param versionTable the version table, schema-qualified when a schema is configured
 * @param currentRows  the version rows
 * @param revisions    every revision, newest first, then the unknown rows
 */
public record StatusResult(String versionTable, List<String> currentRows, List<RevisionStatus> revisions) {

    public StatusResult {
        currentRows = List.copyOf(currentRows);
        revisions = List.copyOf(revisions);
    }

    /** The revisions not applied yet. */
    public List<RevisionStatus> pending() {
        return revisions.stream().filter(r -> r.state() == RevisionState.PENDING).toList();
    }

    /** Whether nothing is pending, no checksum changed and no version row is unknown. */
    public boolean upToDate() {
        return revisions.stream().allMatch(r -> r.state() == RevisionState.CURRENT
                || r.state() == RevisionState.APPLIED);
    }
}
