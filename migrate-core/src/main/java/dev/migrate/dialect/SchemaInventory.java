package dev.migrate.dialect;

import java.sql.SQLException;
import java.util.Set;

/**
 * What a database already holds, by name, so that {@link SchemaCreator} creates only what is
 * missing and drops only what exists. Names compare as the database compares them.
 */
public interface SchemaInventory {

    /** The tables of the current schema. */
    Set<String> tables() throws SQLException;

    /** The indexes of {@code table}, including those behind keys. */
    Set<String> indexes(String table) throws SQLException;

    /** The named constraints of {@code table} (primary key, unique, check, foreign keys). */
    Set<String> constraints(String table) throws SQLException;
}
