package dev.migrate.benchmarks;

import java.util.Properties;
import javax.sql.DataSource;

/**
 * One database a tool runs against: its engine and JDBC URL (user and password travel in the URL's
 * query for PostgreSQL, as the local server trusts the {@code postgres} user).
 */
record Target(Dbms dbms, String url) {

    /** A non-pooling data source: every {@code getConnection()} opens a new connection, for every tool alike. */
    DataSource dataSource() {
        return new DriverDataSource(url, new Properties());
    }

    /** The URL without its query string, safe to print. */
    String safeUrl() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
