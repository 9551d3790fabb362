/**
 * Autogenerate: compares the declared schema ({@link dev.migrate.schema.MetaData}) with the tables read
 * from a live database, one comparator per concern (tables, columns, nullability, types, server defaults,
 * comments, indexes, unique constraints, foreign keys), and yields the {@link dev.migrate.op ops} that
 * make the database match, in a safe order, with their reverse for the downgrade
 * ({@link dev.migrate.autogen.SchemaDiff}). {@link dev.migrate.autogen.JavaRenderer} writes ops as the
 * statements of a Java migration, {@link dev.migrate.autogen.SqlRenderer} as SQL for a dialect. Start from
 * {@link dev.migrate.autogen.Autogenerator}; the commands ({@code revision --autogenerate}, {@code check})
 * are on {@link dev.migrate.command.Migrator}.
 */
package dev.migrate.autogen;
