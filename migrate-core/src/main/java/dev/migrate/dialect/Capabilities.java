package dev.migrate.dialect;

/**
 * What a database does natively.
 *
 * @param transactionalDdl  whether DDL runs inside a transaction and rolls back with it
 * @param comments          whether tables and columns keep comments
 * @param alterColumn       whether a column's type, nullability and default change with {@code ALTER TABLE}
 * @param alterConstraints  whether constraints are added to and dropped from an existing table with {@code ALTER TABLE}
 * @param dropColumn        whether {@code DROP COLUMN} works in general (SQLite's works only on a column
 *                          no index, key, foreign key or check constraint uses; otherwise the table is rebuilt)
 * @param tableRebuild      whether changes without a native {@code ALTER} are done by rebuilding the table
 *                          ("move and copy")
 */
public record Capabilities(boolean transactionalDdl, boolean comments, boolean alterColumn, boolean alterConstraints,
        boolean dropColumn, boolean tableRebuild) {
}
