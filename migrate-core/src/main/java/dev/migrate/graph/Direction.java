package dev.migrate.graph;

/** Which way a plan moves through the graph. */
public enum Direction {
    /** Applies revisions, older first. */
    UPGRADE,
    /** Reverts revisions, newer first. */
    DOWNGRADE
}
