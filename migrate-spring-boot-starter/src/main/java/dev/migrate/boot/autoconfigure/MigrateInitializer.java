package dev.migrate.boot.autoconfigure;

import org.springframework.beans.factory.InitializingBean;

/**
 * Runs the startup work during the context refresh ({@code migrate.startup=initializer}). Its
 * {@link MigrateInitializerDetector} makes {@code JdbcTemplate}, {@code JdbcClient}, JPA and jOOQ beans
 * (and beans annotated {@code @DependsOnDatabaseInitialization}) wait for it.
 */
final class MigrateInitializer implements InitializingBean {

    private final MigrateStartup startup;

    MigrateInitializer(MigrateStartup startup) {
        this.startup = startup;
    }

    @Override
    public void afterPropertiesSet() {
        startup.run();
    }
}
