package dev.migrate.autogen;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings server default expressions to one spelling before they are compared: the database keeps
 * {@code 'new'::character varying} where the declaration says {@code 'new'}, {@code now()} where it
 * says {@code CURRENT_TIMESTAMP}, {@code '-1'::integer} where it says {@code -1}.
 */
final class Defaults {

    private static final Pattern TRAILING_CAST = Pattern.compile(
            "::\\s*(\"[^\"]+\"|[a-z_][a-z0-9_]*(\\s+[a-z_][a-z0-9_]*)*)(\\s*\\(\\s*\\d+(\\s*,\\s*\\d+)?\\s*\\))?"
                    + "(\\s+(with|without)\\s+time\\s+zone)?(\\s*\\[\\])*\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TYPED_LITERAL = Pattern.compile(
            "^(date|time|timestamp|timestamp with time zone|timestamp without time zone|interval|uuid)\\s+('.*')$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private Defaults() {
    }

    /** {@code expression} in the spelling used for comparison. */
    static String normalize(String expression) {
        String e = expression.strip();
        String previous;
        do {
            previous = e;
            e = stripParentheses(e);
            Matcher cast = TRAILING_CAST.matcher(e);
            if (cast.find() && outsideQuotes(e, cast.start())) {
                e = e.substring(0, cast.start()).strip();
            }
            Matcher typed = TYPED_LITERAL.matcher(e);
            if (typed.matches()) {
                e = typed.group(2);
            }
        } while (!e.equals(previous));
        if (e.length() >= 2 && e.startsWith("'") && e.endsWith("'") && NUMBER.matcher(e.substring(1, e.length() - 1)).matches()) {
            e = e.substring(1, e.length() - 1);
        }
        if (NUMBER.matcher(e).matches()) {
            return number(e);
        }
        String lower = lowerOutsideQuotes(e).replaceAll("\\s+", " ");
        return switch (lower) {
            case "now()", "current_timestamp()", "transaction_timestamp()" -> "current_timestamp";
            default -> lower;
        };
    }

    private static String number(String text) {
        try {
            return new java.math.BigDecimal(text.startsWith("+") ? text.substring(1) : text).stripTrailingZeros()
                    .toPlainString();
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static String stripParentheses(String e) {
        while (e.length() >= 2 && e.startsWith("(") && e.endsWith(")") && wraps(e)) {
            e = e.substring(1, e.length() - 1).strip();
        }
        return e;
    }

    /** Whether the first parenthesis of {@code e} closes at its last character. */
    private static boolean wraps(String e) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
                if (depth == 0 && i < e.length() - 1) {
                    return false;
                }
            }
        }
        return depth == 0;
    }

    private static boolean outsideQuotes(String e, int index) {
        boolean quoted = false;
        for (int i = 0; i < index; i++) {
            if (e.charAt(i) == '\'') {
                quoted = !quoted;
            }
        }
        return !quoted;
    }

    private static String lowerOutsideQuotes(String e) {
        StringBuilder out = new StringBuilder(e.length());
        boolean quoted = false;
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            out.append(quoted || c == '\'' ? c : Character.toLowerCase(c));
        }
        return out.toString();
    }
}
