package dev.migrate.cli;

import dev.migrate.autogen.CompareOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/**
 * What {@code revision --autogenerate} and {@code check} share: where the declared schema comes from and what is
 * compared ({@link CompareOptions}).
 */
final class SchemaOptions {

    /** Characters of regular expressions that table names do not hold: a sign of a regex given as a pattern. */
    private static final Pattern REGEX_ONLY = Pattern.compile("[\\[\\](){}|^$+\\\\]");

    @Option(names = "--metadata", paramLabel = "CLASS[#MEMBER]",
            description = "The class providing the declared schema: a MetaDataProvider, or a class with one public "
                    + "static MetaData field or method (#MEMBER picks one). Found with --classpath. "
                    + "Default: migrate.metadata in the properties file.")
    String metadata;

    @Option(names = "--include-tables", paramLabel = "PATTERN", split = ",",
            description = "Compare only tables matching one of these names (* any characters, ? one, case "
                    + "ignored); comma separated or repeated. Default: every table.")
    List<String> includeTables = new ArrayList<>();

    @Option(names = "--exclude-tables", paramLabel = "PATTERN", split = ",",
            description = "Leave out tables matching one of these names, even when included.")
    List<String> excludeTables = new ArrayList<>();

    @Option(names = "--compare-server-defaults",
            description = "Also compare server defaults (off by default: databases rewrite default expressions).")
    boolean compareServerDefaults;

    /** Whether any of these options was given. */
    boolean given() {
        return metadata != null || !includeTables.isEmpty() || !excludeTables.isEmpty() || compareServerDefaults;
    }

    /** The comparison these options ask for; a usage error names a pattern that cannot be one. */
    CompareOptions compareOptions() {
        check("--include-tables", includeTables);
        check("--exclude-tables", excludeTables);
        return CompareOptions.defaults().compareServerDefaults(compareServerDefaults)
                .includeTables(includeTables.toArray(String[]::new))
                .excludeTables(excludeTables.toArray(String[]::new));
    }

    private static void check(String option, List<String> patterns) {
        for (String pattern : patterns) {
            try {
                CompareOptions.defaults().includeTables(pattern);
            } catch (IllegalArgumentException e) {
                throw new UsageException("Bad " + option + " pattern '" + pattern + "': " + e.getMessage(), e);
            }
            if (REGEX_ONLY.matcher(pattern).find()) {
                throw new UsageException("Bad " + option + " pattern '" + pattern + "': it looks like a regular "
                        + "expression, but patterns are table names with * (any characters) and ? (one character), "
                        + "such as 'audit_*'");
            }
        }
    }
}
