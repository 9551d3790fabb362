package dev.migrate.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done with a connection; {@link Jdbc} turns the {@link SQLException}s it throws into
 * {@link DatabaseException}s that name the task.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface ConnectionCallback<T> {

    /** Does the work; do not close the connection. */
    T doInConnection(Connection connection) throws SQLException;
}
