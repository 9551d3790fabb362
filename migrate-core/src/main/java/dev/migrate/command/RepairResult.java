package dev.migrate.command;

import java.util.List;

/**
 * Checksums accepted by {@link Migrator#repairChecksums()}.
 *
 * @param repaired one entry per applied script whose checksum changed
 */
public record RepairResult(List<Repaired> repaired) {

    public RepairResult {
        repaired = List.copyOf(repaired);
    }

    /**
     * One accepted checksum.
     *
     * @param revision    the revision
     * @param source      its script
     * @param oldChecksum the checksum logged before
     * @param newChecksum the checksum of the script now, logged as a {@code repair} entry
     */
    public record Repaired(String revision, String source, String oldChecksum, String newChecksum) {
    }
}
