package dev.migrate.dialect.sqlite;

import dev.migrate.dialect.Dialect;
import dev.migrate.op.MigrationOp;
import dev.migrate.op.Ops;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs ops on a live SQLite connection as the runtime does: in the connection's transaction (committed, or
 * rolled back on failure), or in auto-commit mode statement by statement with the dialect's recovery after a
 * failure. Each statement is shown to a {@link Watcher} just before it runs.
 */
final class LiveOps {

    /** What a test does with the ops. */
    interface Body {
        void accept(Ops op) throws Exception;
    }

    /** Sees each statement before it runs. */
    interface Watcher {
        void before(Statement statement, String sql) throws SQLException;
    }

    private final Dialect sqlite;
    private final Connection connection;
    private final Watcher watcher;

    LiveOps(Dialect sqlite, Connection connection) {
        this(sqlite, connection, (statement, sql) -> { });
    }

    LiveOps(Dialect sqlite, Connection connection, Watcher watcher) {
        this.sqlite = sqlite;
        this.connection = connection;
        this.watcher = watcher;
    }

    void run(Body body) throws Exception {
        try {
            body.accept(new Ops(this::apply, sqlite.name(), connection));
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (Exception e) {
            if (connection.getAutoCommit()) {
                sqlite.recoverAfterFailure(connection);
            } else {
                connection.rollback();
            }
            throw e;
        }
    }

    /** Runs one op's statements, with no transaction handling around them. */
    void apply(MigrationOp o) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String sql : sqlite.statements(o, sqlite.liveTables(connection))) {
                watcher.before(s, sql);
                s.execute(sql);
            }
        }
    }
}
