package dev.migrate.graph;

/**
 * A target or a version-table row names no known revision or branch label. When the row comes from the
 * database, the database is probably ahead of the code.
 */
public final class UnknownRevisionException extends RevisionException {

    private final String revision;

    UnknownRevisionException(String revision, String message) {
        super(message);
        this.revision = revision;
    }

    /** The id, prefix or label that matched nothing. */
    public String revision() {
        return revision;
    }

    static UnknownRevisionException inDatabase(String revision) {
        return new UnknownRevisionException(revision, "The database is at revision " + revision
                + ", which no script declares; it was probably applied by a newer version of the application."
                + " Deploy that version, or run 'migrate stamp <revision> --purge' to reset the version table");
    }
}
