package dev.migrate.benchmarks;

import java.util.List;

/** The tools under test. Each is created on demand, so a cold process loads only the one it runs. */
final class Tools {

    /** Why Migrate is not measured, or null when it is. */
    static final String MIGRATE_GAP =
            "Migrate: pending the engine (`dev.migrate.command.Migrator` is not merged yet), so no Migrate figures and no ratios.";

    private Tools() {
    }

    static List<String> ids() {
        return List.of("flyway", "liquibase");
    }

    static Tool byId(String id) {
        return switch (id) {
            case "flyway" -> new FlywayTool();
            case "liquibase" -> new LiquibaseTool();
            default -> throw new IllegalArgumentException("Unknown tool '" + id + "'; use one of " + ids() + ".");
        };
    }
}
