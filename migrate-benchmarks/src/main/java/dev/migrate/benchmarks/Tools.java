package dev.migrate.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The tools under test. Each is created on demand, so a cold process loads only the one it runs. */
final class Tools {

    private Tools() {
    }

    static List<String> ids() {
        return List.of("migrate", "flyway", "liquibase");
    }

    /**
     * Why {@code tool} cannot be measured on this build, or null when it can: a one-migration upgrade
     * on a new SQLite file that ends in {@link UnsupportedOperationException} means the engine behind
     * the API is not there yet (any other failure is left for the harness to report).
     */
    static String unusable(Tool tool, Databases databases, Path work) {
        try {
            Target target = databases.fresh(Dbms.SQLITE, tool.id() + "_probe");
            Path scripts = Files.createDirectories(work.resolve("probe").resolve(tool.id()));
            tool.writeScripts(scripts, Step.chain(1));
            tool.upgrade(target, scripts);
            return null;
        } catch (Exception | LinkageError e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof UnsupportedOperationException || cause instanceof LinkageError) {
                    return tool.name() + ": pending the engine (" + cause.getMessage()
                            + "), so no " + tool.name() + " figures and no ratios.";
                }
            }
            return null;
        }
    }

    static Tool byId(String id) {
        return switch (id) {
            case "migrate" -> new MigrateTool();
            case "flyway" -> new FlywayTool();
            case "liquibase" -> new LiquibaseTool();
            default -> throw new IllegalArgumentException("Unknown tool '" + id + "'; use one of " + ids() + ".");
        };
    }
}
