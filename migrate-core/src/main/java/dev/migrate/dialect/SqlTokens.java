package dev.migrate.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits SQL text into tokens: words, quoted identifiers ({@code "x"}, {@code `x`}, {@code [x]}),
 * string and blob literals, numbers and punctuation; comments and white space are dropped. Enough
 * to read a SQLite {@code CREATE TABLE} and to find identifiers in an expression; not a parser.
 */
public final class SqlTokens {

    /** The kinds of token. */
    public enum Kind { WORD, QUOTED, STRING, BLOB, NUMBER, PUNCT }

    /**
     * One token.
     *
     * @param kind  its kind
     * @param text  the text as written
     * @param start offset of its first character in the SQL
     * @param end   offset just past its last character
     */
    public record Token(Kind kind, String text, int start, int end) {

        /** Whether this is the bare word {@code word}, ignoring case. */
        public boolean is(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }

        /** Whether this is the punctuation {@code p}. */
        public boolean isPunct(String p) {
            return kind == Kind.PUNCT && text.equals(p);
        }

        /** Whether this can name something: a word or a quoted identifier. */
        public boolean isName() {
            return kind == Kind.WORD || kind == Kind.QUOTED;
        }

        /** The name a word or quoted identifier stands for, quotes removed; the text otherwise. */
        public String name() {
            if (kind != Kind.QUOTED) {
                return text;
            }
            char open = text.charAt(0);
            String inner = text.substring(1, text.length() - 1);
            return switch (open) {
                case '"' -> inner.replace("\"\"", "\"");
                case '`' -> inner.replace("``", "`");
                default -> inner;
            };
        }

        /** The upper-case text of a word, for keyword tests. */
        public String upper() {
            return text.toUpperCase(Locale.ROOT);
        }
    }

    private SqlTokens() {
    }

    /**
     * The tokens of {@code sql}.
     *
     * @throws IllegalArgumentException for an unterminated string, identifier or comment
     */
    public static List<Token> tokenize(String sql) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int eol = sql.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                if (close < 0) {
                    throw new IllegalArgumentException("unterminated /* comment at offset " + i + " of: " + sql);
                }
                i = close + 2;
            } else if (c == '\'') {
                int end = closing(sql, i, '\'');
                out.add(new Token(Kind.STRING, sql.substring(i, end), i, end));
                i = end;
            } else if ((c == 'x' || c == 'X') && i + 1 < n && sql.charAt(i + 1) == '\'') {
                int end = closing(sql, i + 1, '\'');
                out.add(new Token(Kind.BLOB, sql.substring(i, end), i, end));
                i = end;
            } else if (c == '"' || c == '`') {
                int end = closing(sql, i, c);
                out.add(new Token(Kind.QUOTED, sql.substring(i, end), i, end));
                i = end;
            } else if (c == '[') {
                int close = sql.indexOf(']', i);
                if (close < 0) {
                    throw new IllegalArgumentException("unterminated [identifier at offset " + i + " of: " + sql);
                }
                out.add(new Token(Kind.QUOTED, sql.substring(i, close + 1), i, close + 1));
                i = close + 1;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1)))) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '.'
                        || ((sql.charAt(j) == '+' || sql.charAt(j) == '-') && (sql.charAt(j - 1) == 'e' || sql.charAt(j - 1) == 'E')))) {
                    j++;
                }
                out.add(new Token(Kind.NUMBER, sql.substring(i, j), i, j));
                i = j;
            } else if (Character.isLetter(c) || c == '_' || c > 127) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_' || sql.charAt(j) == '$'
                        || sql.charAt(j) > 127)) {
                    j++;
                }
                out.add(new Token(Kind.WORD, sql.substring(i, j), i, j));
                i = j;
            } else {
                int len = i + 1 < n && "<>=!|".indexOf(c) >= 0 && "<>=|".indexOf(sql.charAt(i + 1)) >= 0 ? 2 : 1;
                out.add(new Token(Kind.PUNCT, sql.substring(i, i + len), i, i + len));
                i += len;
            }
        }
        return out;
    }

    /** The offset just past the quote that closes the one at {@code open} (a doubled quote is part of the text). */
    private static int closing(String sql, int open, char quote) {
        int i = open + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        throw new IllegalArgumentException("unterminated " + quote + " at offset " + open + " of: " + sql);
    }

    /** The index of the {@code )} that closes the {@code (} at {@code open} in {@code tokens}. */
    public static int closingParen(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).isPunct("(")) {
                depth++;
            } else if (tokens.get(i).isPunct(")")) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        throw new IllegalArgumentException("unbalanced parentheses");
    }

    /** Whether {@code expression} names the column {@code column} (as a word or quoted identifier, not as a function). */
    public static boolean mentions(String expression, String column) {
        List<Token> tokens = tokenize(expression);
        for (int i = 0; i < tokens.size(); i++) {
            if (isColumnReference(tokens, i, column)) {
                return true;
            }
        }
        return false;
    }

    /** {@code expression} with every reference to column {@code from} replaced by {@code to} (already quoted as needed). */
    public static String renameColumn(String expression, String from, String to) {
        List<Token> tokens = tokenize(expression);
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (isColumnReference(tokens, i, from)) {
                Token t = tokens.get(i);
                out.append(expression, last, t.start()).append(to);
                last = t.end();
            }
        }
        return out.append(expression.substring(last)).toString();
    }

    private static boolean isColumnReference(List<Token> tokens, int i, String column) {
        Token t = tokens.get(i);
        if (!t.isName() || !t.name().equalsIgnoreCase(column)) {
            return false;
        }
        boolean call = t.kind() == Kind.WORD && i + 1 < tokens.size() && tokens.get(i + 1).isPunct("(");
        return !call;
    }
}
