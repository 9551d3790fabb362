package dev.migrate.boot.autoconfigure;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;

/**
 * Runs the startup work ({@code migrate.startup=upgrade} or {@code validate}, or debug mode) first
 * among the application runners: after the context refreshed and the web server started, before
 * Spring Boot publishes {@code ReadinessState.ACCEPTING_TRAFFIC}. A failure stops the application.
 */
final class MigrateStartupRunner implements ApplicationRunner, Ordered {

    private final MigrateStartup startup;

    MigrateStartupRunner(MigrateStartup startup) {
        this.startup = startup;
    }

    @Override
    public void run(ApplicationArguments args) {
        startup.run();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
