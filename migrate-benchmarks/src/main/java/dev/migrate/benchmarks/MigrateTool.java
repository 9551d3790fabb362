package dev.migrate.benchmarks;

import dev.migrate.command.Migrator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Migrate through {@link Migrator}: one SQL script per revision, {@code <rev>_create_t_<i>.sql}, a linear chain. */
final class MigrateTool implements Tool {

    /** One instance: {@link SchemaCompare#prepare} keeps the declared schema for the timed calls. */
    private final MigrateSchemaCompare schemaCompare = new MigrateSchemaCompare();

    @Override
    public String id() {
        return "migrate";
    }

    @Override
    public String name() {
        return "Migrate";
    }

    @Override
    public String version() {
        return Versions.of(Migrator.class, "dev.migrate", "migrate-core");
    }

    @Override
    public void writeScripts(Path dir, List<Step> steps) throws IOException {
        for (Step step : steps) {
            StringBuilder script = new StringBuilder()
                    .append("-- migrate:revision ").append(step.revision()).append('\n');
            if (step.index() > 1) {
                script.append("-- migrate:down-revision ").append(Step.revision(step.index() - 1)).append('\n');
            }
            script.append("-- migrate:message ").append(step.message()).append("\n\n")
                    .append("-- migrate:upgrade\n").append(step.upgradeSql()).append("\n\n")
                    .append("-- migrate:downgrade\n").append(step.downgradeSql()).append('\n');
            Files.writeString(dir.resolve(step.revision() + "_create_t_" + step.index() + ".sql"), script);
        }
    }

    @Override
    public void upgrade(Target target, Path scripts) {
        try (Migrator migrator = migrator(target, scripts)) {
            migrator.upgrade("heads");
        }
    }

    @Override
    public void status(Target target, Path scripts) {
        try (Migrator migrator = migrator(target, scripts)) {
            if (migrator.current().revisions().isEmpty()) {
                throw new IllegalStateException("Migrate current() found no version row in " + target.safeUrl());
            }
            migrator.history("", false);
        }
    }

    @Override
    public Support<SchemaCompare> schemaCompare() {
        return Support.of(schemaCompare);
    }

    private static Migrator migrator(Target target, Path scripts) {
        return Migrator.builder()
                .dataSource(target.dataSource())
                .locations("filesystem:" + scripts.toAbsolutePath())
                .build();
    }
}
