package dev.migrate.script;

/**
 * A {@code -- migrate:<key> <value>} line: a header ({@code revision}, {@code down-revision}, …) or a section
 * marker ({@code upgrade}, {@code downgrade}).
 */
record Directive(String key, String value) {

    private static final String PREFIX = "migrate:";

    /** The directive on {@code line}, or {@code null} when the line is anything else (a plain comment too). */
    static Directive parse(String line) {
        String t = line.strip();
        if (!t.startsWith("--")) {
            return null;
        }
        String rest = t.substring(2).stripLeading();
        if (!rest.startsWith(PREFIX) || rest.length() == PREFIX.length()
                || Character.isWhitespace(rest.charAt(PREFIX.length()))) {
            return null;
        }
        int end = PREFIX.length();
        while (end < rest.length() && !Character.isWhitespace(rest.charAt(end))) {
            end++;
        }
        return new Directive(rest.substring(PREFIX.length(), end), rest.substring(end).strip());
    }
}
