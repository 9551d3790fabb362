/**
 * What the database remembers: the {@link dev.migrate.history.VersionTable version table} (one row per
 * applied head, Alembic's shape) and the append-only {@link dev.migrate.history.HistoryLog history log}
 * (one entry per step attempted, stamp and checksum repair). Both write through a
 * {@link dev.migrate.history.StatementExecutor}, so online runs and offline scripts emit the same SQL.
 */
package dev.migrate.history;
