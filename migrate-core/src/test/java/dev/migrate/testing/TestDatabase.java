package dev.migrate.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A database created for one test; {@link #close()} drops it.
 *
 * @param name     the database name
 * @param url      its JDBC URL (may carry the user as a query parameter)
 * @param user     the user, or {@code null} when the URL carries it
 * @param password the password, or {@code null}
 */
public record TestDatabase(String name, String url, String user, String password, Runnable dropper)
        implements AutoCloseable {

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public void close() {
        dropper.run();
    }
}
