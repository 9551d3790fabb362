package dev.migrate.jdbc;

import java.util.Objects;

/**
 * One SQL statement, without its terminating semicolon, and where it came from.
 *
 * @param sql    the statement text, starting at its first token (comments before it are dropped)
 * @param line   the 1-based line, in {@code source}, where the statement's first token is
 * @param source the file or resource the statement was read from, or {@code null} when unknown
 */
public record SqlStatement(String sql, int line, String source) {

    public SqlStatement {
        Objects.requireNonNull(sql, "sql");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more, was " + line);
        }
    }

    /** A statement with no known source, as if on line 1. */
    public static SqlStatement of(String sql) {
        return new SqlStatement(sql, 1, null);
    }

    /** Where the statement is, for messages: {@code "db/migrations/x.sql, line 12"} or {@code "line 12"}. */
    public String where() {
        return source == null ? "line " + line : source + ", line " + line;
    }
}
