package dev.migrate.op;

import java.sql.SQLException;

/**
 * Receives the ops a migration emits through {@link Ops}. The runtime implements it: online it
 * renders each op with the dialect and executes the statements; offline it renders and prints them.
 */
@FunctionalInterface
public interface OpSink {

    /** Applies (or records) one op. */
    void accept(MigrationOp op) throws SQLException;
}
