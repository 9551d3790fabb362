package dev.migrate.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits SQL text into statements at the semicolons that end them.
 *
 * <p>A semicolon does not end a statement when it is inside:
 * <ul>
 *   <li>a string {@code '…'} ({@code ''} is a quote inside it), an {@code E'…'} string (backslash escapes too),
 *       a quoted identifier {@code "…"} or a backquoted identifier {@code `…`};</li>
 *   <li>a comment: {@code -- …} to the end of the line, or {@code /* … *}{@code /}, which nests as in PostgreSQL
 *       (SQLite does not nest them; write no {@code /*} inside a comment for SQLite);</li>
 *   <li>a PostgreSQL dollar-quoted body, {@code $$ … $$} or {@code $tag$ … $tag$};</li>
 *   <li>the {@code BEGIN … END} body of a {@code CREATE TRIGGER} (SQLite), or the {@code BEGIN ATOMIC … END} body of
 *       a {@code CREATE FUNCTION} or {@code CREATE PROCEDURE} (PostgreSQL 14+); {@code CASE … END} nests inside;</li>
 *   <li>the parentheses of a PostgreSQL {@code CREATE RULE … DO (…; …)}.</li>
 * </ul>
 * Comments before a statement and empty statements are dropped. The work is linear in the length of the text.
 */
public final class SqlSplitter {

    private SqlSplitter() {
    }

    /** Splits {@code sql}, counting lines from 1, with no known source. */
    public static List<SqlStatement> split(String sql) {
        return split(sql, 1, null);
    }

    /**
     * Splits {@code sql} into statements.
     *
     * @param sql       the text
     * @param firstLine the line number, in {@code source}, of the first line of {@code sql}
     * @param source    the file the text comes from, for statements and errors; may be {@code null}
     * @throws SqlSplitException when a quote, comment, dollar-quoted body or block is never closed
     */
    public static List<SqlStatement> split(String sql, int firstLine, String source) {
        return new Run(sql, firstLine, source).split();
    }

    /** The kind of statement that may hold a body with semicolons in it. */
    private enum Kind { UNKNOWN, PLAIN, TRIGGER, ROUTINE, RULE }

    private static final class Run {
        private final String s;
        private final int n;
        private final String source;
        private final List<SqlStatement> out = new ArrayList<>();
        private int i;
        private int line;

        private int start = -1;
        private int startLine;
        private Kind kind = Kind.UNKNOWN;
        private boolean sawCreate;
        private boolean pendingBegin;
        private int pendingBeginLine;
        private int depth;
        private int caseDepth;
        private int blockLine;
        private int parens;
        private int parenLine;

        Run(String sql, int firstLine, String source) {
            this.s = sql;
            this.n = sql.length();
            this.line = Math.max(1, firstLine);
            this.source = source;
        }

        List<SqlStatement> split() {
            while (i < n) {
                char c = s.charAt(i);
                if (c == '\n' || c == '\r') {
                    newline(c);
                } else if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '-' && peek(1) == '-') {
                    skipLineComment();
                } else if (c == '/' && peek(1) == '*') {
                    skipBlockComment();
                } else if (c == ';' && depth == 0 && parens == 0) {
                    endStatement(i);
                    i++;
                } else if (c == '\'') {
                    symbol();
                    quoted('\'', false, "string", "close it with ' (write '' for a quote inside the string)");
                } else if (c == '"') {
                    symbol();
                    quoted('"', false, "quoted identifier", "close it with \" (write \"\" for a quote inside it)");
                } else if (c == '`') {
                    symbol();
                    quoted('`', false, "backquoted identifier", "close it with `");
                } else if (c == '$') {
                    symbol();
                    dollar();
                } else if (Character.isLetter(c) || c == '_') {
                    word();
                } else {
                    symbol();
                    if (kind == Kind.RULE && c == '(') {
                        if (parens++ == 0) {
                            parenLine = line;
                        }
                    } else if (kind == Kind.RULE && c == ')' && parens > 0) {
                        parens--;
                    }
                    i++;
                }
            }
            if (depth > 0) {
                throw new SqlSplitException(source, blockLine, "the BEGIN here (in the statement that starts at line "
                        + startLine + ") has no matching END; close the body with END;");
            }
            if (parens > 0) {
                throw new SqlSplitException(source, parenLine, "the parenthesis opened here (in the CREATE RULE that "
                        + "starts at line " + startLine + ") is never closed; close its actions with ) before the ; "
                        + "that ends the rule");
            }
            endStatement(n);
            return out;
        }

        private char peek(int ahead) {
            int j = i + ahead;
            return j < n ? s.charAt(j) : '\0';
        }

        private void newline(char c) {
            line++;
            i++;
            if (c == '\r' && i < n && s.charAt(i) == '\n') {
                i++;
            }
        }

        /** Moves past one character of quoted or commented text, counting lines. */
        private void advance() {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                newline(c);
            } else {
                i++;
            }
        }

        private void begin() {
            if (start < 0) {
                start = i;
                startLine = line;
            }
        }

        /** A token that is not a word: starts the statement if needed and ends keyword look-ahead. */
        private void symbol() {
            begin();
            pendingBegin = false;
            if (kind == Kind.UNKNOWN) {
                kind = Kind.PLAIN;
            }
        }

        private void word() {
            begin();
            int from = i;
            while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '$')) {
                i++;
            }
            if (i - from == 1 && (s.charAt(from) == 'E' || s.charAt(from) == 'e') && i < n && s.charAt(i) == '\'') {
                pendingBegin = false;
                quoted('\'', true, "E'...' string", "close it with ' (write \\' or '' for a quote inside the string)");
                return;
            }
            keyword(s.substring(from, i).toUpperCase(Locale.ROOT));
        }

        private void keyword(String w) {
            if (kind == Kind.UNKNOWN) {
                classify(w);
                return;
            }
            boolean wasPending = pendingBegin;
            pendingBegin = false;
            if (depth > 0) {
                if (w.equals("CASE")) {
                    caseDepth++;
                } else if (w.equals("END")) {
                    if (caseDepth > 0) {
                        caseDepth--;
                    } else {
                        depth = 0;
                        kind = Kind.PLAIN;
                    }
                }
            } else if (kind == Kind.TRIGGER && w.equals("BEGIN")) {
                openBlock(line);
            } else if (kind == Kind.ROUTINE && w.equals("BEGIN")) {
                pendingBegin = true;
                pendingBeginLine = line;
            } else if (kind == Kind.ROUTINE && wasPending && w.equals("ATOMIC")) {
                openBlock(pendingBeginLine);
            }
        }

        private void classify(String w) {
            if (!sawCreate) {
                if (w.equals("CREATE")) {
                    sawCreate = true;
                } else {
                    kind = Kind.PLAIN;
                }
                return;
            }
            switch (w) {
                case "OR", "REPLACE", "TEMP", "TEMPORARY" -> { }
                case "TRIGGER" -> kind = Kind.TRIGGER;
                case "FUNCTION", "PROCEDURE" -> kind = Kind.ROUTINE;
                case "RULE" -> kind = Kind.RULE;
                default -> kind = Kind.PLAIN;
            }
        }

        private void openBlock(int at) {
            depth = 1;
            caseDepth = 0;
            blockLine = at;
        }

        private void endStatement(int end) {
            if (start >= 0) {
                out.add(new SqlStatement(s.substring(start, end).strip(), startLine, source));
            }
            start = -1;
            kind = Kind.UNKNOWN;
            sawCreate = false;
            pendingBegin = false;
            depth = 0;
            caseDepth = 0;
            parens = 0;
        }

        private void skipLineComment() {
            while (i < n && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                i++;
            }
        }

        private void skipBlockComment() {
            int openLine = line;
            int nesting = 1;
            i += 2;
            while (i < n) {
                char c = s.charAt(i);
                if (c == '/' && peek(1) == '*') {
                    nesting++;
                    i += 2;
                } else if (c == '*' && peek(1) == '/') {
                    i += 2;
                    if (--nesting == 0) {
                        return;
                    }
                } else {
                    advance();
                }
            }
            throw new SqlSplitException(source, openLine, "the block comment /* opened here is never closed; close it"
                    + " with */ (comments nest: each /* inside it needs its own */)");
        }

        private void quoted(char quote, boolean backslashEscapes, String what, String fix) {
            int openLine = line;
            i++;
            while (i < n) {
                char c = s.charAt(i);
                if (backslashEscapes && c == '\\') {
                    i++;
                    if (i < n) {
                        advance();
                    }
                } else if (c == quote) {
                    i++;
                    if (i < n && s.charAt(i) == quote) {
                        i++;
                    } else {
                        return;
                    }
                } else {
                    advance();
                }
            }
            throw new SqlSplitException(source, openLine, "the " + what + " opened here is never closed; " + fix);
        }

        private void dollar() {
            String tag = dollarTag();
            if (tag == null) {
                i++;
                return;
            }
            int openLine = line;
            int close = s.indexOf(tag, i + tag.length());
            if (close < 0) {
                throw new SqlSplitException(source, openLine, "the dollar-quoted body " + tag
                        + " opened here is never closed; close it with " + tag);
            }
            int end = close + tag.length();
            i += tag.length();
            while (i < end) {
                advance();
            }
        }

        /** The dollar-quote tag that starts at {@code i} ({@code $$} or {@code $name$}), or {@code null}. */
        private String dollarTag() {
            int j = i + 1;
            if (j < n && s.charAt(j) == '$') {
                return "$$";
            }
            if (j >= n || !(Character.isLetter(s.charAt(j)) || s.charAt(j) == '_')) {
                return null;
            }
            while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                j++;
            }
            return j < n && s.charAt(j) == '$' ? s.substring(i, j + 1) : null;
        }
    }
}
