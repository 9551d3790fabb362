package dev.migrate.command;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/** Where a {@link Migrator} gets its connections: a {@link DataSource}, or a JDBC URL through {@link DriverManager}. */
public sealed interface ConnectionSource {

    /** Connections from a data source (the Spring Boot starter's way). */
    static ConnectionSource of(DataSource dataSource) {
        return new FromDataSource(dataSource);
    }

    /** Connections from {@link DriverManager}; {@code user} and {@code password} may be {@code null}. */
    static ConnectionSource of(String url, String user, String password) {
        return new FromUrl(url, user, password);
    }

    /** Opens a new connection; the caller closes it. */
    Connection open() throws SQLException;

    /** The JDBC URL when it is known without connecting. */
    Optional<String> jdbcUrl();

    /** A description for messages, with any password masked. */
    String describe();

    /** A data source. */
    record FromDataSource(DataSource dataSource) implements ConnectionSource {
        public FromDataSource {
            Objects.requireNonNull(dataSource, "dataSource");
        }

        @Override
        public Connection open() throws SQLException {
            return dataSource.getConnection();
        }

        @Override
        public Optional<String> jdbcUrl() {
            return Optional.empty();
        }

        @Override
        public String describe() {
            return "data source " + dataSource.getClass().getName();
        }
    }

    /** A URL with optional credentials; {@link #toString()} masks the password. */
    record FromUrl(String url, String user, String password) implements ConnectionSource {
        public FromUrl {
            Objects.requireNonNull(url, "url");
        }

        @Override
        public Connection open() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public Optional<String> jdbcUrl() {
            return Optional.of(url);
        }

        @Override
        public String describe() {
            return dev.migrate.jdbc.MaskedUrl.mask(url);
        }

        @Override
        public String toString() {
            return "FromUrl[url=" + dev.migrate.jdbc.MaskedUrl.mask(url) + ", user=" + user + ", password=" + (password == null ? null : "****")
                    + "]";
        }
    }
}
