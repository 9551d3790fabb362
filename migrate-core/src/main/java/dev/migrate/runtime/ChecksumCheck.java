package dev.migrate.runtime;

/**
 * An applied script's current checksum, to compare with the one logged when it was applied.
 *
 * @param revision the revision
 * @param source   its script file
 * @param checksum the file's checksum now
 */
public record ChecksumCheck(String revision, String source, String checksum) {
}
