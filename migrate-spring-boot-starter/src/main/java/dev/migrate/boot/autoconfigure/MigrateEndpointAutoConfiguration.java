package dev.migrate.boot.autoconfigure;

import dev.migrate.boot.StartupMigration;
import dev.migrate.boot.actuate.MigrationsEndpoint;
import dev.migrate.command.Migrator;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** {@link EnableAutoConfiguration Auto-configuration} for the {@link MigrationsEndpoint migrations endpoint}. */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass(ConditionalOnAvailableEndpoint.class)
@ConditionalOnAvailableEndpoint(MigrationsEndpoint.class)
public final class MigrateEndpointAutoConfiguration {

    @Bean
    @ConditionalOnBean({ Migrator.class, StartupMigration.class })
    @ConditionalOnMissingBean
    MigrationsEndpoint migrationsEndpoint(Migrator migrator, StartupMigration startup) {
        return new MigrationsEndpoint(migrator, startup);
    }
}
