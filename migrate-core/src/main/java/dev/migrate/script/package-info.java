/**
 * Migration scripts as they are on disk and on the classpath: SQL files with {@code -- migrate:} headers and
 * Java classes annotated with {@link dev.migrate.op.MigrationRevision}; loading them from
 * {@link dev.migrate.script.Location locations} ({@link dev.migrate.script.ScriptLoader}), their statements and
 * checksums, and writing new ones ({@link dev.migrate.script.ScriptWriter}).
 */
package dev.migrate.script;
