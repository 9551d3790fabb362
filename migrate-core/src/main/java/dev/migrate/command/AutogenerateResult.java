package dev.migrate.command;

import dev.migrate.autogen.SchemaDiff;

/**
 * What {@link Migrator#revision(String, RevisionOptions, dev.migrate.schema.MetaData, dev.migrate.autogen.CompareOptions)}
 * wrote: the script, and the comparison it comes from.
 *
 * @param script the new script
 * @param diff   the differences found, with the ops written into the script
 */
public record AutogenerateResult(ScriptResult script, SchemaDiff diff) {
}
