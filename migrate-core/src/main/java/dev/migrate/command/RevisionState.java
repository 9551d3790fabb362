package dev.migrate.command;

/** How a script stands in the database: the join of scripts and applied revisions. */
public enum RevisionState {
    /** A version row names it. */
    CURRENT,
    /** It is below a version row: applied. */
    APPLIED,
    /** Not applied yet. */
    PENDING,
    /** Applied, but the script changed since: its checksum differs from the one logged when it was applied. */
    CHECKSUM_CHANGED,
    /** A version row names a revision that no script declares. */
    UNKNOWN
}
