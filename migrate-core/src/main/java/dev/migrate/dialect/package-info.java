/**
 * Per-database SQL: {@link dev.migrate.dialect.Dialect} (type names, quoting, literals, the DDL of
 * every op, capabilities), {@link dev.migrate.dialect.TableLookup} (where a table's current
 * definition comes from), {@link dev.migrate.dialect.SchemaTracker} (follows an offline run),
 * {@link dev.migrate.dialect.TableChanges} (applies table ops to a definition) and
 * {@link dev.migrate.dialect.SchemaCreator} (create-all and drop-all). The sub-packages
 * {@code postgresql} and {@code sqlite} hold only what differs, including SQLite's table rebuild
 * and its live catalog. Uses {@code op}, {@code schema} and {@code jdbc}.
 */
package dev.migrate.dialect;
