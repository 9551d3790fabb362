package dev.migrate.boot;

import dev.migrate.boot.testapp.Database;

class PostgresStartupTests extends StartupScenarios {

    @Override
    Database createDatabase() {
        return Database.postgres();
    }
}
