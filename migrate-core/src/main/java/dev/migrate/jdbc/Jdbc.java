package dev.migrate.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Small template over one JDBC connection: each method does one task and turns driver failures into
 * {@link DatabaseException}s that name the task and the SQL. It never closes the connection it was given.
 *
 * <pre>{@code
 * Jdbc jdbc = Jdbc.on(connection);
 * List<String> heads = jdbc.query("read the version table", "SELECT version_num FROM migrate_version",
 *         (rs, row) -> rs.getString(1));
 * jdbc.inTransaction("upgrade to 3f2a9c1b7d4e", c -> { ...; return null; });
 * }</pre>
 */
public final class Jdbc {

    private final Connection connection;

    private Jdbc(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    /** A template over {@code connection}, which stays the caller's to close. */
    public static Jdbc on(Connection connection) {
        return new Jdbc(connection);
    }

    /** Opens a connection from {@code dataSource}, runs {@code callback} with it, and closes it. */
    public static <T> T withConnection(DataSource dataSource, String task, ConnectionCallback<T> callback) {
        try (Connection c = dataSource.getConnection()) {
            return callback.doInConnection(c);
        } catch (SQLException e) {
            throw new DatabaseException(task, null, null, e);
        }
    }

    /** The connection this template works on. */
    public Connection connection() {
        return connection;
    }

    /** Runs {@code callback} on the connection as it is (no transaction handling). */
    public <T> T execute(String task, ConnectionCallback<T> callback) {
        try {
            return callback.doInConnection(connection);
        } catch (SQLException e) {
            throw new DatabaseException(task, null, null, e);
        }
    }

    /**
     * Runs {@code callback} in a transaction: commits when it returns, rolls back when it throws anything, and
     * restores auto-commit afterwards. When auto-commit is already off, the callback joins the transaction that
     * is open: it is neither committed nor rolled back here.
     */
    public <T> T inTransaction(String task, ConnectionCallback<T> callback) {
        boolean autoCommit = execute(task, Connection::getAutoCommit);
        if (!autoCommit) {
            return execute(task, callback);
        }
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new DatabaseException(task + " (start a transaction)", null, null, e);
        }
        try {
            T result = callback.doInConnection(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            DatabaseException failure = new DatabaseException(task, null, null, e);
            rollback(failure);
            throw failure;
        } catch (RuntimeException | Error e) {
            rollback(e);
            throw e;
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is broken; the failure that broke it is already on its way
            }
        }
    }

    private void rollback(Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** Runs a statement with no parameters (DDL or DML), as in a script; returns its update count or -1. */
    public int execute(String task, SqlStatement statement) {
        try (Statement st = connection.createStatement()) {
            boolean results = st.execute(statement.sql());
            return results ? -1 : st.getUpdateCount();
        } catch (SQLException e) {
            throw DatabaseException.of(task, statement, e);
        }
    }

    /** Runs {@code sql} with {@code params} bound in order and maps every row. */
    public <T> List<T> query(String task, String sql, RowMapper<T> mapper, Object... params) {
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            List<T> rows = new ArrayList<>();
            int row = 0;
            while (rs.next()) {
                rows.add(mapper.mapRow(rs, row++));
            }
            return rows;
        } catch (SQLException e) {
            throw new DatabaseException(task, sql, null, e);
        }
    }

    /**
     * Like {@link #query} for at most one row.
     *
     * @throws IllegalStateException when the query returns more than one row
     */
    public <T> Optional<T> queryOptional(String task, String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(task, sql, mapper, params);
        if (rows.size() > 1) {
            throw new IllegalStateException("Could not " + task + ": expected at most one row, got " + rows.size()
                    + "\n  SQL: " + sql);
        }
        return rows.stream().findFirst();
    }

    /** Runs an INSERT, UPDATE, DELETE or DDL with {@code params} bound in order; returns the update count. */
    public int update(String task, String sql, Object... params) {
        try (PreparedStatement ps = prepare(sql, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new DatabaseException(task, sql, null, e);
        }
    }

    private PreparedStatement prepare(String sql, Object[] params) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        try {
            for (int p = 0; p < params.length; p++) {
                ps.setObject(p + 1, params[p]);
            }
            return ps;
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
    }
}
