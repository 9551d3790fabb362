package dev.migrate.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;

/** Flyway (open source), one versioned SQL file per migration: {@code V<i>__create_t_i.sql}. */
final class FlywayTool implements Tool {

    @Override
    public String id() {
        return "flyway";
    }

    @Override
    public String name() {
        return "Flyway";
    }

    @Override
    public String version() {
        return Versions.of(Flyway.class, "org.flywaydb", "flyway-core");
    }

    @Override
    public void writeScripts(Path dir, List<Step> steps) throws IOException {
        for (Step step : steps) {
            Files.writeString(dir.resolve("V" + step.index() + "__create_t_" + step.index() + ".sql"),
                    step.upgradeSql() + "\n");
        }
    }

    @Override
    public void upgrade(Target target, Path scripts) {
        flyway(target, scripts).migrate();
    }

    @Override
    public void status(Target target, Path scripts) {
        MigrationInfoService info = flyway(target, scripts).info();
        MigrationInfo current = info.current();
        MigrationInfo[] all = info.all();
        if (current == null || all.length == 0) {
            throw new IllegalStateException("Flyway info found no applied migration in " + target.safeUrl());
        }
    }

    private static Flyway flyway(Target target, Path scripts) {
        return Flyway.configure()
                .dataSource(target.dataSource())
                .locations("filesystem:" + scripts.toAbsolutePath())
                .load();
    }
}
