/**
 * Runs a plan: the {@link dev.migrate.runtime.Runner} takes the lock (a PostgreSQL advisory lock, or
 * SQLite's write lock per step), runs each step in one transaction with its version-row change and
 * history entry, logs failures after the rollback, and reports progress to
 * {@link dev.migrate.runtime.MigrationListener listeners}. Offline, the same steps are written as an
 * SQL script. {@link dev.migrate.runtime.RunSpecs} turns graph plans and scripts into steps.
 */
package dev.migrate.runtime;
