package dev.migrate.boot.autoconfigure;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;

/**
 * Runs the startup work ({@code migrate.startup=upgrade} or {@code validate}, or debug mode) first
 * among the application runners: after the context refreshed and the web server started, before
 * Spring Boot publishes {@code ReadinessState.ACCEPTING_TRAFFIC}. A failure stops the application.
 * When it migrates, a {@link StartupWarmUp} started with this bean has prepared it in the background;
 * the runner waits for it first.
 */
final class MigrateStartupRunner implements ApplicationRunner, Ordered, DisposableBean {

    private final MigrateStartup startup;
    private final StartupWarmUp warmUp;

    /** @param warmUp the background preparation to wait for, or {@code null} */
    MigrateStartupRunner(MigrateStartup startup, StartupWarmUp warmUp) {
        this.startup = startup;
        this.warmUp = warmUp;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (warmUp != null) {
            warmUp.await();
        }
        startup.run();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** A context that fails or closes before the runner ran does not leave the warm-up's connection behind. */
    @Override
    public void destroy() {
        if (warmUp != null) {
            warmUp.await();
        }
    }
}
