package dev.migrate.dialect;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Quotes identifiers only when needed, and always correctly: a name that is a reserved word
 * ({@code user}, {@code order}) or is not a plain identifier ({@code my "odd" table}) is put in
 * double quotes with inner quotes doubled.
 */
public final class Identifiers {

    private final Pattern plain;
    private final Set<String> reserved;

    /**
     * @param plain    the names that need no quotes (PostgreSQL: lower case, since it folds unquoted
     *                 names to lower case; SQLite: any case)
     * @param reserved words that must be quoted, in upper case
     */
    public Identifiers(Pattern plain, Set<String> reserved) {
        this.plain = plain;
        this.reserved = Set.copyOf(reserved);
    }

    /** {@code name}, quoted when needed. */
    public String quote(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("an identifier cannot be empty");
        }
        return needsQuotes(name) ? quoted(name) : name;
    }

    /** Whether {@code name} must be quoted. */
    public boolean needsQuotes(String name) {
        return !plain.matcher(name).matches() || reserved.contains(name.toUpperCase(Locale.ROOT));
    }

    /** {@code name} in double quotes, inner double quotes doubled. */
    public static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** {@code text} as a SQL string literal: in single quotes, inner single quotes doubled. */
    public static String stringLiteral(String text) {
        return '\'' + text.replace("'", "''") + '\'';
    }
}
