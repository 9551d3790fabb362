package dev.migrate.graph;

import java.util.Objects;

/**
 * One change to the version table, which holds one row per current head. The runtime turns each into one
 * SQL statement and checks that an {@link Update} or {@link Delete} matched exactly one row.
 */
public sealed interface VersionChange {

    /** Adds a row: a new branch starts, or a merge is undone. */
    record Insert(String revision) implements VersionChange {
        public Insert {
            Objects.requireNonNull(revision, "revision");
        }
    }

    /** Removes a row: a branch ends (downgrade to its base), or it is folded into a merge. */
    record Delete(String revision) implements VersionChange {
        public Delete {
            Objects.requireNonNull(revision, "revision");
        }
    }

    /** Moves a row from one revision to another. */
    record Update(String from, String to) implements VersionChange {
        public Update {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }
}
