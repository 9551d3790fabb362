package dev.migrate.boot.autoconfigure;

import dev.migrate.boot.StartupMigration;
import dev.migrate.boot.actuate.MigrationsHealthIndicator;
import dev.migrate.command.Migrator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.context.annotation.Bean;

/** {@link EnableAutoConfiguration Auto-configuration} for the {@link MigrationsHealthIndicator migrations health indicator}. */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass({ AbstractHealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean({ Migrator.class, StartupMigration.class })
@ConditionalOnEnabledHealthIndicator("migrations")
public final class MigrateHealthContributorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "migrationsHealthIndicator")
    MigrationsHealthIndicator migrationsHealthIndicator(Migrator migrator, StartupMigration startup) {
        return new MigrationsHealthIndicator(migrator, startup);
    }
}
