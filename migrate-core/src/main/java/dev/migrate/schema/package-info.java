/**
 * The declared schema: {@link dev.migrate.schema.MetaData} of {@link dev.migrate.schema.Table}s with
 * {@link dev.migrate.schema.Column}s, portable {@link dev.migrate.schema.SqlType}s, keys, unique and
 * check constraints, foreign keys, indexes and comments, named by a
 * {@link dev.migrate.schema.NamingConvention}. Immutable values built by a small DSL; uses only the JDK.
 */
package dev.migrate.schema;
