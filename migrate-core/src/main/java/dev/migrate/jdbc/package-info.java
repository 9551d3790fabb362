/**
 * Small JDBC helpers with no dependency but the JDK: a template over a connection ({@link dev.migrate.jdbc.Jdbc})
 * that names the task and SQL of every driver failure ({@link dev.migrate.jdbc.DatabaseException}), a SQL
 * statement splitter that knows quotes, comments, dollar quotes and trigger bodies
 * ({@link dev.migrate.jdbc.SqlSplitter}), and password masking for JDBC URLs ({@link dev.migrate.jdbc.MaskedUrl}).
 */
package dev.migrate.jdbc;
