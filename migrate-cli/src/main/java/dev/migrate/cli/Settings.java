package dev.migrate.cli;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.DialectException;
import dev.migrate.runtime.TransactionMode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The configuration of one run, resolved from the options, then the environment ({@code DATABASE_URL},
 * {@code MIGRATE_USER}, {@code MIGRATE_PASSWORD}), then the properties file. Relative {@code filesystem:}
 * locations are made absolute: against the working directory for options, against the file's folder for the file.
 *
 * @param url             the JDBC URL, or {@code null} when none is configured
 * @param urlOrigin       where the URL came from, for messages ({@code --url}, {@code DATABASE_URL}, …)
 * @param user            the user, or {@code null}
 * @param password        the password, {@link GlobalOptions#PROMPT} to ask for it, or {@code null}
 * @param locations       the script locations
 * @param javaPackages    packages with Java migrations
 * @param classpath       extra jars and class folders
 * @param versionTable    the version table, or {@code null} for the default
 * @param historyTable    the history table, or {@code null} for the default
 * @param schema          the schema, or {@code null}
 * @param dialect         the dialect, or {@code null}
 * @param transactionMode the transaction mode, or {@code null} for the default
 * @param lockTimeout     the lock timeout, or {@code null} for the default
 * @param configFile      the properties file read, or {@code null}
 * @param metadata        the class providing the declared schema ({@code com.example.Schema[#member]}), or
 *                        {@code null}; only {@code migrate.metadata} of the file ({@code --metadata} belongs to the
 *                        verbs that compare)
 */
record Settings(String url, String urlOrigin, String user, String password, List<String> locations,
        List<String> javaPackages, List<Path> classpath, String versionTable, String historyTable, String schema,
        String dialect, TransactionMode transactionMode, Duration lockTimeout, Path configFile, String metadata) {

    /** Where scripts are looked for when nothing says otherwise: {@code db/migrations} in the working directory. */
    static final String DEFAULT_LOCATION = "filesystem:db/migrations";

    static final String DATABASE_URL = "DATABASE_URL";
    static final String MIGRATE_USER = "MIGRATE_USER";
    static final String MIGRATE_PASSWORD = "MIGRATE_PASSWORD";

    private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?", Pattern.CASE_INSENSITIVE);

    Settings {
        locations = List.copyOf(locations);
        javaPackages = List.copyOf(javaPackages);
        classpath = List.copyOf(classpath);
    }

    /** Resolves the options against the environment and the properties file; remembers every password seen. */
    static Settings resolve(GlobalOptions options, CliEnvironment env, Secrets secrets) {
        secrets.add(options.password);
        secrets.addFromUrl(options.url);
        PropertiesFile file = options.config != null
                ? PropertiesFile.read(env.resolve(options.config), true)
                : PropertiesFile.read(env.resolve(Path.of("migrate.properties")), false);
        secrets.add(file.get("password"));
        secrets.addFromUrl(file.get("url"));
        String environmentUrl = env.variable(DATABASE_URL);
        secrets.addFromUrl(environmentUrl);
        secrets.add(env.variable(MIGRATE_PASSWORD));

        String origin;
        DatabaseUrl url;
        if (options.url != null) {
            origin = "--url";
            url = DatabaseUrl.parse(options.url, origin);
        } else if (environmentUrl != null) {
            origin = "the environment variable " + DATABASE_URL;
            url = DatabaseUrl.parse(environmentUrl, origin);
        } else if (file.get("url") != null) {
            origin = file.where("url");
            url = DatabaseUrl.parse(file.get("url"), origin);
        } else {
            origin = null;
            url = null;
        }
        secrets.add(url == null ? null : url.password());
        String user = first(options.user, url == null ? null : url.user(), env.variable(MIGRATE_USER),
                file.get("user"));
        String password = first(options.password, url == null ? null : url.password(),
                env.variable(MIGRATE_PASSWORD), file.get("password"));

        List<String> locations = options.locations != null && !options.locations.isEmpty()
                ? absolute(options.locations, env.workingDirectory())
                : file.get("locations") != null ? absolute(split(file.get("locations")), file.directory())
                : absolute(List.of(DEFAULT_LOCATION), env.workingDirectory());
        List<String> javaPackages = options.javaPackages != null && !options.javaPackages.isEmpty()
                ? trimmed(options.javaPackages)
                : file.get("java-packages") != null ? split(file.get("java-packages")) : List.of();

        TransactionMode mode = options.transactionMode != null
                ? transactionMode(options.transactionMode, "--transaction-mode")
                : file.get("transaction-mode") != null
                ? transactionMode(file.get("transaction-mode"), file.where("transaction-mode")) : null;
        Duration lockTimeout = options.lockTimeout != null ? duration(options.lockTimeout, "--lock-timeout")
                : file.get("lock-timeout") != null ? duration(file.get("lock-timeout"), file.where("lock-timeout"))
                : null;

        String dialect = first(options.dialect, file.get("dialect"));
        if (dialect != null) {
            checkDialect(dialect, options.dialect != null ? "--dialect" : file.where("dialect"));
        }
        List<Path> classpath = new ArrayList<>(classpath(options.classpath, env.workingDirectory(), "--classpath"));
        if (file.get("classpath") != null) {
            classpath.addAll(classpath(List.of(file.get("classpath").replace(",", File.pathSeparator)),
                    file.directory(), file.where("classpath")));
        }
        return new Settings(url == null ? null : url.jdbcUrl(), origin, user, password, locations, javaPackages,
                classpath, first(options.versionTable, file.get("version-table")),
                first(options.historyTable, file.get("history-table")), first(options.schema, file.get("schema")),
                dialect, mode, lockTimeout, file.file(), file.get("metadata"));
    }

    static void checkDialect(String dialect, String where) {
        try {
            Dialect.forName(dialect);
        } catch (DialectException e) {
            throw new UsageException(e.getMessage() + " (from " + where + ")", e);
        }
    }

    /** Reads {@code per-step} or {@code all}. */
    static TransactionMode transactionMode(String text, String where) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (t) {
            case "per-step" -> TransactionMode.PER_STEP;
            case "all" -> TransactionMode.ALL;
            default -> throw new UsageException("Unknown transaction mode '" + text.strip() + "' (from " + where
                    + "); use per-step (each revision commits on its own) or all (one transaction for the run)");
        };
    }

    /** Reads {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, a bare number of seconds, or ISO-8601 {@code PT1M}. */
    static Duration duration(String text, String where) {
        String t = text.strip();
        Matcher m = SIMPLE_DURATION.matcher(t);
        try {
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT);
                return switch (unit) {
                    case "ms" -> Duration.ofMillis(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofSeconds(n);
                };
            }
            Duration d = Duration.parse(t);
            if (!d.isNegative()) {
                return d;
            }
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
            // reported below
        }
        throw new UsageException("Cannot read the duration '" + t + "' (from " + where
                + "); write it as 500ms, 30s, 5m, 1h or PT1M30S");
    }

    /** Jars and class folders, relative ones resolved against {@code base}; each must exist. */
    static List<Path> classpath(List<String> entries, Path base, String where) {
        List<Path> paths = new ArrayList<>();
        for (String entry : entries) {
            for (String part : entry.split(Pattern.quote(File.pathSeparator))) {
                if (part.isBlank()) {
                    continue;
                }
                Path path = base.resolve(Path.of(part.strip())).normalize();
                if (!Files.exists(path)) {
                    throw new UsageException("The classpath entry '" + part.strip() + "' (from " + where
                            + ") does not exist (looked at " + path + "); give jars or class folders that exist, such "
                            + "as target/classes after compiling the application");
                }
                paths.add(path);
            }
        }
        return paths;
    }

    static List<String> absolute(List<String> locations, Path base) {
        List<String> result = new ArrayList<>();
        for (String location : trimmed(locations)) {
            if (location.startsWith("classpath:")) {
                result.add(location);
            } else {
                String path = location.startsWith("filesystem:") ? location.substring("filesystem:".length())
                        : location;
                result.add("filesystem:" + base.resolve(path.strip()).normalize());
            }
        }
        return result;
    }

    private static List<String> split(String commaSeparated) {
        return trimmed(Arrays.asList(commaSeparated.split(",")));
    }

    static List<String> trimmed(List<String> values) {
        return values.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
