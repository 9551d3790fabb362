/** PostgreSQL: the dialect's overrides (type names, reserved words, literals) and its inventory of existing objects. */
package dev.migrate.dialect.postgresql;
