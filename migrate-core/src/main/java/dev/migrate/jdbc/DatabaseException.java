package dev.migrate.jdbc;

import java.sql.SQLException;

/**
 * A JDBC driver failed while Migrate did a task. The message names the task, the driver's message
 * and SQLState, the statement and, when known, the script file and line it came from.
 */
public final class DatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int MAX_SQL_IN_MESSAGE = 2000;

    private final String task;
    private final String sql;
    private final String where;
    private final String sqlState;
    private final int errorCode;

    /**
     * @param task  what Migrate was doing, as a phrase: {@code "read the version table"}
     * @param sql   the SQL that failed, or {@code null}
     * @param where the file and line of the SQL ({@link SqlStatement#where()}), or {@code null}
     * @param cause the driver's exception
     */
    public DatabaseException(String task, String sql, String where, SQLException cause) {
        super(message(task, sql, where, cause), cause);
        this.task = task;
        this.sql = sql;
        this.where = where;
        this.sqlState = cause.getSQLState();
        this.errorCode = cause.getErrorCode();
    }

    /** Wraps a failure of {@code statement}, naming its file and line. */
    public static DatabaseException of(String task, SqlStatement statement, SQLException cause) {
        return new DatabaseException(task, statement.sql(),
                statement.source() == null ? null : statement.where(), cause);
    }

    private static String message(String task, String sql, String where, SQLException cause) {
        StringBuilder m = new StringBuilder("Could not ").append(task).append(": ")
                .append(cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage().strip());
        if (cause.getSQLState() != null) {
            m.append(" [SQLState ").append(cause.getSQLState()).append(']');
        }
        if (where != null) {
            m.append("\n  at ").append(where);
        }
        if (sql != null) {
            String shown = sql.length() > MAX_SQL_IN_MESSAGE ? sql.substring(0, MAX_SQL_IN_MESSAGE) + " …" : sql;
            m.append("\n  SQL: ").append(shown);
        }
        return m.toString();
    }

    /** What Migrate was doing. */
    public String task() {
        return task;
    }

    /** The SQL that failed, or {@code null}. */
    public String sql() {
        return sql;
    }

    /** The file and line of the SQL, or {@code null}. */
    public String where() {
        return where;
    }

    /** The driver's SQLState, or {@code null}. */
    public String sqlState() {
        return sqlState;
    }

    /** The driver's vendor error code. */
    public int errorCode() {
        return errorCode;
    }

    /** The driver's own message. */
    public String driverMessage() {
        return getCause().getMessage();
    }
}
