package dev.migrate.jdbc;

/**
 * SQL text could not be split into statements: a quote, comment, dollar-quoted body or
 * {@code BEGIN … END} block is never closed. The message names the line where it opened.
 */
public final class SqlSplitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String problem;

    SqlSplitException(String source, int line, String problem) {
        super((source == null ? "" : source + ", ") + "line " + line + ": " + problem);
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    /** What is wrong and what to do, without the source and line. */
    public String problem() {
        return problem;
    }

    /** The file or resource the text came from, or {@code null}. */
    public String source() {
        return source;
    }

    /** The 1-based line where the unclosed construct opened. */
    public int line() {
        return line;
    }
}
