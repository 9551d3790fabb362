package dev.migrate.script;

import java.util.List;

/** Two scripts declare the same revision id; the message names both. */
public final class DuplicateRevisionException extends ScriptException {

    private static final long serialVersionUID = 1L;

    private final String revision;
    private final List<String> locations;

    DuplicateRevisionException(String revision, String first, String second) {
        super("Revision '" + revision + "' is declared twice: by " + first + " and by " + second
                + ". Each revision needs its own id: give one of them a new id and point the down-revision of the"
                + " scripts that follow it to that id.");
        this.revision = revision;
        this.locations = List.of(first, second);
    }

    /** The revision id declared twice. */
    public String revision() {
        return revision;
    }

    /** The two scripts that declare it. */
    public List<String> locations() {
        return locations;
    }
}
