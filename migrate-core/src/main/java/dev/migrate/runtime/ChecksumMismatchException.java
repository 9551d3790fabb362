package dev.migrate.runtime;

import java.util.List;

/** Applied scripts changed since they were applied; nothing was run. */
public final class ChecksumMismatchException extends RuntimeException {

    private final List<Mismatch> mismatches;

    ChecksumMismatchException(String message, List<Mismatch> mismatches) {
        super(message);
        this.mismatches = List.copyOf(mismatches);
    }

    /** The changed scripts. */
    public List<Mismatch> mismatches() {
        return mismatches;
    }

    /**
     * One changed script.
     *
     * @param revision the revision
     * @param source   its script file
     * @param logged   the checksum logged when it was applied
     * @param current  the checksum of the file now
     */
    public record Mismatch(String revision, String source, String logged, String current) {
    }
}
