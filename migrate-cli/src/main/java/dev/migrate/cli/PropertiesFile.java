package dev.migrate.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A {@code migrate.properties} file: the keys {@code init} writes ({@code migrate.url}, {@code migrate.locations},
 * …). Keys outside that set are refused, so that a typo does not go unnoticed; other prefixes are ignored.
 *
 * @param file   the file, absolute
 * @param values the {@code migrate.*} values, by key without the prefix, blank values left out
 */
record PropertiesFile(Path file, Map<String, String> values) {

    static final String PREFIX = "migrate.";
    static final List<String> KEYS = List.of("url", "user", "password", "locations", "java-packages",
            "version-table", "history-table", "schema", "dialect", "transaction-mode", "lock-timeout", "metadata", "classpath");

    PropertiesFile {
        values = Map.copyOf(values);
    }

    /** No file: every value unset. */
    static PropertiesFile none() {
        return new PropertiesFile(null, Map.of());
    }

    /**
     * Reads {@code file}.
     *
     * @param explicit whether the user named it ({@code --config}): then a missing file is an error; the
     *                 default file may be absent
     */
    static PropertiesFile read(Path file, boolean explicit) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            if (!explicit) {
                return none();
            }
            throw new UsageException("The configuration file " + file + " does not exist; give the path of a "
                    + "migrate.properties file to --config, or create one with 'migrate init'");
        } catch (IOException | IllegalArgumentException e) {
            throw new UsageException("Could not read the configuration file " + file + ": " + e.getMessage()
                    + "; check that it is a readable UTF-8 properties file");
        }
        Map<String, String> values = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (!name.startsWith(PREFIX)) {
                continue;
            }
            String key = name.substring(PREFIX.length());
            if (!KEYS.contains(key)) {
                throw new UsageException("Unknown key '" + name + "' in " + file + "; the keys are "
                        + String.join(", ", KEYS.stream().map(k -> PREFIX + k).toList()));
            }
            String value = properties.getProperty(name).strip();
            if (!value.isEmpty()) {
                values.put(key, value);
            }
        }
        return new PropertiesFile(file, values);
    }

    /** The value of {@code key} (without the prefix), or {@code null}. */
    String get(String key) {
        return values.get(key);
    }

    /** Where a key came from, for messages: {@code migrate.url in /path/migrate.properties}. */
    String where(String key) {
        return PREFIX + key + " in " + file;
    }

    /** The folder that relative paths in the file resolve against. */
    Path directory() {
        return file.getParent();
    }
}
