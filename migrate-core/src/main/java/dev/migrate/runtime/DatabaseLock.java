package dev.migrate.runtime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lock held for a whole run. On PostgreSQL, a session advisory lock whose key derives from the
 * version table's schema-qualified name (so two applications in one database do not block each
 * other), polled with {@code pg_try_advisory_lock} until the lock timeout. SQLite needs none: each
 * step's {@code BEGIN IMMEDIATE} takes the write lock.
 */
interface DatabaseLock extends AutoCloseable {

    /** Releases the lock; never throws. */
    @Override
    void close();

    /** No lock (SQLite, other databases). */
    static DatabaseLock none() {
        return () -> { };
    }

    /** Takes PostgreSQL's advisory lock for the version table, waiting up to the timeout. */
    static DatabaseLock postgres(Connection connection, String schema, String table, LockTimeouts timeouts)
            throws SQLException {
        return PostgresAdvisoryLock.acquire(connection, schema, table, timeouts);
    }

    /** PostgreSQL's session advisory lock. */
    final class PostgresAdvisoryLock implements DatabaseLock {
        private static final Logger LOG = LoggerFactory.getLogger(PostgresAdvisoryLock.class);

        private final Connection connection;
        private final long key;

        private PostgresAdvisoryLock(Connection connection, long key) {
            this.connection = connection;
            this.key = key;
        }

        static PostgresAdvisoryLock acquire(Connection connection, String schema, String table, LockTimeouts timeouts)
                throws SQLException {
            String qualified = (schema != null ? schema : currentSchema(connection)) + "." + table;
            long key = key(qualified);
            long deadline = System.nanoTime() + timeouts.timeout().toNanos();
            long pause = 20;
            boolean logged = false;
            while (!tryLock(connection, key)) {
                if (System.nanoTime() >= deadline) {
                    throw timeouts.postgresTimeout(key, holder(connection, key));
                }
                if (!logged) {
                    LOG.info("Waiting up to {} for the migration lock on {} (advisory lock {}), held by {}",
                            timeouts.timeout(), qualified, key, holder(connection, key));
                    logged = true;
                }
                sleep(Math.min(pause, Math.max(1, Duration.ofNanos(deadline - System.nanoTime()).toMillis())));
                pause = Math.min(pause * 2, 500);
            }
            LOG.debug("Took the migration lock on {} (advisory lock {})", qualified, key);
            return new PostgresAdvisoryLock(connection, key);
        }

        /** The lock key: the first 8 bytes of the SHA-256 of {@code migrate:<schema>.<table>}. */
        static long key(String qualifiedTable) {
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256")
                        .digest(("migrate:" + qualifiedTable).getBytes(StandardCharsets.UTF_8));
                long key = 0;
                for (int i = 0; i < 8; i++) {
                    key = (key << 8) | (hash[i] & 0xff);
                }
                return key;
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this JVM", e);
            }
        }

        @Override
        public void close() {
            try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                ps.setLong(1, key);
                ps.executeQuery().close();
            } catch (SQLException e) {
                LOG.warn("Could not release the migration lock (advisory lock {}): {}; it ends with the session",
                        key, e.getMessage());
            }
        }

        private static boolean tryLock(Connection connection, long key) throws SQLException {
            try (PreparedStatement ps = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                ps.setLong(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getBoolean(1);
                }
            }
        }

        private static String currentSchema(Connection connection) throws SQLException {
            try (Statement st = connection.createStatement();
                    ResultSet rs = st.executeQuery("SELECT current_schema()")) {
                rs.next();
                String schema = rs.getString(1);
                return schema == null ? "public" : schema;
            }
        }

        private static String holder(Connection connection, long key) {
            String sql = "SELECT l.pid, a.application_name, a.client_addr, a.backend_start FROM pg_locks l "
                    + "LEFT JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
                    + "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                    + "AND l.classid::bigint = ? AND l.objid::bigint = ? AND l.objsubid = 1";
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setLong(1, key >>> 32);
                ps.setLong(2, key & 0xffffffffL);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    String app = rs.getString(2);
                    String addr = rs.getString(3);
                    return "backend pid " + rs.getInt(1) + (app == null || app.isEmpty() ? "" : ", application '" + app
                            + "'") + (addr == null ? "" : ", client " + addr) + ", connected since " + rs.getString(4);
                }
            } catch (SQLException e) {
                return null;
            }
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the migration lock", e);
            }
        }
    }
}
