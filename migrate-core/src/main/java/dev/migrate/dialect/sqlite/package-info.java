/**
 * SQLite: the dialect's overrides, the "move and copy" table rebuild
 * ({@code SqliteRebuild}, package-private) and {@link dev.migrate.dialect.sqlite.SqliteCatalog},
 * which reads live tables into the schema model.
 */
package dev.migrate.dialect.sqlite;
