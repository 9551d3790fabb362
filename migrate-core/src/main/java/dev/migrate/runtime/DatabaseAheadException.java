package dev.migrate.runtime;

import java.util.List;

/** The version table names revisions that no script declares: the database is ahead of the code. */
public final class DatabaseAheadException extends RuntimeException {

    private final List<String> unknown;

    /**
     * @param versionTable the version table as messages name it
     * @param rows         all version rows
     * @param unknown      the rows no script declares
     */
    public DatabaseAheadException(String versionTable, List<String> rows, List<String> unknown) {
        super(message(versionTable, rows, unknown));
        this.unknown = List.copyOf(unknown);
    }

    /** The revisions no script declares. */
    public List<String> unknown() {
        return unknown;
    }

    private static String message(String versionTable, List<String> rows, List<String> unknown) {
        String names = unknown.size() == 1 ? "revision '" + unknown.get(0) + "'"
                : "revisions '" + String.join("', '", unknown) + "'";
        return "The database is ahead of the code: the version table " + versionTable + " names " + names
                + " (rows: " + String.join(", ", rows) + "), which no script declares. This happens when code older "
                + "than the database is deployed (after a rollback). Deploy the code that has "
                + (unknown.size() == 1 ? "this revision" : "these revisions") + ", or downgrade with that code first; "
                + "if the database was put back by hand, set its version with stamp --purge <revision>.";
    }
}
