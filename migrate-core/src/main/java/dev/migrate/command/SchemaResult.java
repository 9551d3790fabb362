package dev.migrate.command;

import java.util.List;

/**
 * What {@link Migrator#createAll} or {@link Migrator#dropAll} did to the database.
 *
 * @param tables     the declared tables created (that did not exist before) or dropped (that existed), in
 *                   the order of the declaration
 * @param statements the SQL statements run, in order; empty when there was nothing to do
 */
public record SchemaResult(List<String> tables, List<String> statements) {

    public SchemaResult {
        tables = List.copyOf(tables);
        statements = List.copyOf(statements);
    }
}
