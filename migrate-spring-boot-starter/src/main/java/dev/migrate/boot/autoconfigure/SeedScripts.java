package dev.migrate.boot.autoconfigure;

import dev.migrate.jdbc.DatabaseException;
import dev.migrate.jdbc.Jdbc;
import dev.migrate.jdbc.SqlSplitException;
import dev.migrate.jdbc.SqlSplitter;
import dev.migrate.jdbc.SqlStatement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;

/** The SQL seed scripts of debug mode: found by resource patterns, run in file name order, one transaction each. */
final class SeedScripts {

    private final List<Resource> scripts;

    private SeedScripts(List<Resource> scripts) {
        this.scripts = scripts;
    }

    /** The scripts matching {@code patterns} (such as {@code classpath:db/seed/*.sql}), each pattern's in name order. */
    static SeedScripts find(ResourceLoader resourceLoader, List<String> patterns) {
        ResourcePatternResolver resolver = ResourcePatternUtils.getResourcePatternResolver(resourceLoader);
        List<Resource> found = new ArrayList<>();
        for (String pattern : patterns) {
            try {
                Arrays.stream(resolver.getResources(pattern)).filter(Resource::isReadable)
                        .sorted(Comparator.comparing(r -> String.valueOf(r.getFilename()))).forEach(found::add);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not look for seed scripts at " + pattern + ": " + e.getMessage()
                        + "; check migrate.debug.seed-locations", e);
            }
        }
        return new SeedScripts(found);
    }

    /** How many scripts there are. */
    int size() {
        return scripts.size();
    }

    /** Runs every script on {@code connection}, each in its own transaction. */
    void run(Connection connection) {
        Jdbc jdbc = Jdbc.on(connection);
        for (Resource script : scripts) {
            String name = describe(script);
            List<SqlStatement> statements = split(script, name);
            try {
                jdbc.inTransaction("load seed script " + name, c -> {
                    for (SqlStatement statement : statements) {
                        Jdbc.on(c).execute("load seed script " + name, statement);
                    }
                    return null;
                });
            } catch (DatabaseException e) {
                throw new MigrateStartupException("Debug mode could not load the seed data of " + name + ": "
                        + (e.where() == null ? "" : "the statement at " + e.where() + " failed:\n\n    "
                        + e.sql().strip().replace("\n", "\n    ") + "\n\nThe database said: ") + e.driverMessage()
                        + ". The script was rolled back.",
                        "Fix the seed script, then start again with migrate.debug.reset=true to recreate the tables "
                                + "and load every seed script from the start.", e);
            }
        }
    }

    private static List<SqlStatement> split(Resource script, String name) {
        try {
            return SqlSplitter.split(script.getContentAsString(StandardCharsets.UTF_8), 1, name);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the seed script " + name + ": " + e.getMessage(), e);
        } catch (SqlSplitException e) {
            throw new MigrateStartupException("Debug mode could not read the seed script " + e.getMessage() + ".",
                    "Fix the seed script, then start again with migrate.debug.reset=true.", e);
        }
    }

    /** A short name: the path inside the class path, or the file. */
    static String describe(Resource resource) {
        String description = resource.getDescription();
        int start = description.indexOf('[');
        int end = description.lastIndexOf(']');
        return start >= 0 && end > start ? description.substring(start + 1, end) : description;
    }
}
