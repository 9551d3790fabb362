package dev.migrate.autogen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What autogenerate compares. Start from {@link #defaults()}.
 *
 * @param includeTables         table name patterns to compare ({@code *} any characters, {@code ?} one,
 *                              case ignored); empty for every table
 * @param excludeTables         table name patterns to leave out, even when included
 * @param compareServerDefaults whether server defaults are compared (off by default: databases rewrite
 *                              default expressions, so compare them once you have checked the output)
 * @param compareComments       whether table and column comments are compared (on databases that keep them)
 * @param ignoredTables         tables never reported whatever the patterns say (kept in lower case): the version
 *                              table and the history log (the command layer fills them from the configuration)
 */
public record CompareOptions(List<String> includeTables, List<String> excludeTables, boolean compareServerDefaults,
        boolean compareComments, Set<String> ignoredTables) {

    public CompareOptions {
        includeTables = includeTables == null ? List.of() : List.copyOf(includeTables);
        excludeTables = excludeTables == null ? List.of() : List.copyOf(excludeTables);
        Set<String> ignored = new TreeSet<>();
        if (ignoredTables != null) {
            ignoredTables.forEach(t -> ignored.add(t.toLowerCase(Locale.ROOT)));
        }
        ignoredTables = Collections.unmodifiableSet(ignored);
        for (String p : includeTables) {
            requirePattern(p);
        }
        for (String p : excludeTables) {
            requirePattern(p);
        }
    }

    /** Every table but the ignored ones; types, nullability, keys, indexes and comments; no server defaults. */
    public static CompareOptions defaults() {
        return new CompareOptions(List.of(), List.of(), false, true, Set.of());
    }

    /** These options comparing only tables matching one of {@code patterns}. */
    public CompareOptions includeTables(String... patterns) {
        return new CompareOptions(Arrays.asList(patterns), excludeTables, compareServerDefaults, compareComments,
                ignoredTables);
    }

    /** These options leaving out tables matching one of {@code patterns}. */
    public CompareOptions excludeTables(String... patterns) {
        return new CompareOptions(includeTables, Arrays.asList(patterns), compareServerDefaults, compareComments,
                ignoredTables);
    }

    /** These options comparing server defaults, or not. */
    public CompareOptions compareServerDefaults(boolean compare) {
        return new CompareOptions(includeTables, excludeTables, compare, compareComments, ignoredTables);
    }

    /** These options comparing comments, or not. */
    public CompareOptions compareComments(boolean compare) {
        return new CompareOptions(includeTables, excludeTables, compareServerDefaults, compare, ignoredTables);
    }

    /** These options also ignoring {@code tables} (exact names, case ignored). */
    public CompareOptions ignoreTables(String... tables) {
        List<String> all = new ArrayList<>(ignoredTables);
        all.addAll(Arrays.asList(tables));
        return new CompareOptions(includeTables, excludeTables, compareServerDefaults, compareComments,
                new TreeSet<>(all));
    }

    /** Whether the table called {@code name} is compared. */
    public boolean compares(String name) {
        if (ignoredTables.contains(name.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (!includeTables.isEmpty() && includeTables.stream().noneMatch(p -> matches(p, name))) {
            return false;
        }
        return excludeTables.stream().noneMatch(p -> matches(p, name));
    }

    static boolean matches(String pattern, String name) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(name).matches();
    }

    private static void requirePattern(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("A table name pattern for autogenerate is empty; give a name such as"
                    + " 'audit_*' or leave the pattern out");
        }
        if (!pattern.strip().equals(pattern)) {
            throw new IllegalArgumentException("The table name pattern '" + pattern + "' has leading or trailing spaces;"
                    + " remove them");
        }
    }
}
