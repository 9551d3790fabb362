package dev.migrate.command;

import java.nio.file.Path;

/**
 * A script written by {@link Migrator#revision} or {@link Migrator#merge}.
 *
 * @param revision the new revision
 * @param file     the file written
 */
public record ScriptResult(RevisionInfo revision, Path file) {
}
