package dev.migrate.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs statements on a connection kept in auto-commit between transactions. SQLite transactions
 * start with {@code BEGIN IMMEDIATE}, which takes the database's write lock up front, so that a
 * second process waits (busy timeout) instead of failing half way; other databases use JDBC's
 * transaction calls.
 */
final class OnlineExecutor implements Executor {

    private static final Logger LOG = LoggerFactory.getLogger(OnlineExecutor.class);

    private final Connection connection;
    private final DatabaseKind kind;
    private final LockTimeouts lockTimeouts;

    OnlineExecutor(Connection connection, DatabaseKind kind, LockTimeouts lockTimeouts) {
        this.connection = connection;
        this.kind = kind;
        this.lockTimeouts = lockTimeouts;
    }

    @Override
    public int update(String sql) throws SQLException {
        LOG.debug("Executing: {}", sql);
        try (Statement st = connection.createStatement()) {
            return st.executeUpdate(sql);
        }
    }

    @Override
    public void execute(String sql, String where) throws SQLException {
        LOG.debug("Executing ({}): {}", where, sql);
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new StatementFailure(where, sql, e);
        }
    }

    @Override
    public boolean online() {
        return true;
    }

    @Override
    public void begin() throws SQLException {
        if (kind == DatabaseKind.SQLITE) {
            try (Statement st = connection.createStatement()) {
                st.execute("BEGIN IMMEDIATE");
            } catch (SQLException e) {
                if (LockTimeouts.isSqliteBusy(e)) {
                    throw lockTimeouts.sqliteTimeout(e);
                }
                throw e;
            }
        } else {
            connection.setAutoCommit(false);
        }
    }

    @Override
    public void commit() throws SQLException {
        if (kind == DatabaseKind.SQLITE) {
            try (Statement st = connection.createStatement()) {
                st.execute("COMMIT");
            }
        } else {
            connection.commit();
            connection.setAutoCommit(true);
        }
    }

    @Override
    public void rollback() {
        try {
            if (kind == DatabaseKind.SQLITE) {
                try (Statement st = connection.createStatement()) {
                    st.execute("ROLLBACK");
                }
            } else {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            // SQLite ends the transaction itself on some errors; nothing is left to roll back then.
            LOG.debug("Rollback failed: {}", e.getMessage());
        }
    }

    @Override
    public void comment(String text) {
    }

    @Override
    public Connection connection() {
        return connection;
    }
}
