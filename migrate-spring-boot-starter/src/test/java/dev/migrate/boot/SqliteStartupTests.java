package dev.migrate.boot;

import dev.migrate.boot.testapp.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteStartupTests extends StartupScenarios {

    @TempDir
    Path dir;

    @Override
    Database createDatabase() {
        return Database.sqlite(dir);
    }
}
