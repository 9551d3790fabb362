package dev.migrate.boot.autoconfigure;

import dev.migrate.boot.StartupMigration;
import dev.migrate.boot.command.MigrateCommandRunner;
import dev.migrate.command.Migrator;
import dev.migrate.runtime.MigrationListener;
import dev.migrate.schema.MetaData;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@link EnableAutoConfiguration Auto-configuration} for Migrate: a {@link Migrator} on the
 * application's DataSource, and what it does at startup (migrate, validate, or debug mode's
 * create-all), in command mode, and for web requests while it migrates.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@Conditional(MigrateConditions.DataSourceAvailable.class)
@ConditionalOnBooleanProperty(name = "migrate.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MigrateProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class MigrateAutoConfiguration {

    /** The property that switches debug mode on. */
    static final String DEBUG_PROPERTY = "app.debug";

    @Configuration(proxyBeanMethods = false)
    static class MigratorConfiguration {

        @Bean
        @ConditionalOnMissingBean
        Migrator migrator(MigrateProperties properties, ResourceLoader resourceLoader,
                ObjectProvider<DataSource> dataSource, @MigrateDataSource ObjectProvider<DataSource> migrateDataSource,
                ObjectProvider<MigrationListener> listeners, ObjectProvider<MigrateConfigurationCustomizer> customizers) {
            Migrator.Builder builder = Migrator.builder()
                    .dataSource(MigrationDataSources.resolve(properties, migrateDataSource.getIfAvailable(),
                            dataSource.getIfUnique(), resourceLoader.getClassLoader()))
                    .locations(properties.getLocations())
                    .javaPackages(properties.getJavaPackages())
                    .classLoader(resourceLoader.getClassLoader())
                    .versionTable(properties.getVersionTable())
                    .historyTable(properties.getHistoryTable())
                    .schema(properties.getSchema())
                    .transactionMode(properties.getTransactionMode())
                    .lockTimeout(properties.getLockTimeout());
            listeners.orderedStream().forEach(builder::listener);
            customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
            try {
                return builder.build();
            } catch (IllegalArgumentException e) {
                throw new MigrateStartupException(e.getMessage(), "Correct the migrate.* properties of the "
                        + "application.", e);
            }
        }

        @Bean
        @ConditionalOnMissingBean
        StartupMigration startupMigration(MigrateProperties properties, Environment environment,
                ObjectProvider<MetaData> metaData, ObjectProvider<ApplicationArguments> arguments) {
            boolean debug = environment.getProperty(DEBUG_PROPERTY, Boolean.class, false)
                    && metaData.getIfUnique() != null;
            ApplicationArguments args = arguments.getIfAvailable();
            boolean command = args != null && MigrateCommandRunner.isCommand(args.getSourceArgs());
            boolean scheduled = properties.getStartup() != MigrateProperties.Startup.NONE && !command;
            return new StartupMigration(debug ? StartupMigration.Mode.DEBUG : StartupMigration.Mode.MIGRATE,
                    scheduled);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(MigrateConditions.NotCommand.class)
    static class StartupConfiguration {

        @Bean
        @ConditionalOnMissingBean
        @Conditional(MigrateConditions.StartupAfterRefresh.class)
        MigrateStartupRunner migrateStartupRunner(Migrator migrator, MigrateProperties properties,
                StartupMigration state, Environment environment, ObjectProvider<MetaData> metaData,
                ObjectProvider<Seeder> seeders, ResourceLoader resourceLoader) {
            MigrateStartup startup = startup(migrator, properties, state, environment, metaData, seeders,
                    resourceLoader);
            boolean migrates = state.mode() == StartupMigration.Mode.MIGRATE && state.inProgress();
            return new MigrateStartupRunner(startup, migrates ? StartupWarmUp.start(migrator) : null);
        }

        @Bean
        @ConditionalOnMissingBean
        @Conditional(MigrateConditions.StartupDuringRefresh.class)
        MigrateInitializer migrateInitializer(Migrator migrator, MigrateProperties properties,
                StartupMigration state, Environment environment, ObjectProvider<MetaData> metaData,
                ObjectProvider<Seeder> seeders, ResourceLoader resourceLoader) {
            return new MigrateInitializer(
                    startup(migrator, properties, state, environment, metaData, seeders, resourceLoader));
        }

        private static MigrateStartup startup(Migrator migrator, MigrateProperties properties, StartupMigration state,
                Environment environment, ObjectProvider<MetaData> metaData, ObjectProvider<Seeder> seeders,
                ResourceLoader resourceLoader) {
            boolean debugRequested = environment.getProperty(DEBUG_PROPERTY, Boolean.class, false);
            if (state.mode() == StartupMigration.Mode.DEBUG) {
                DebugDatabase debug = new DebugDatabase(migrator, metaData.getObject(), properties.getDebug(),
                        resourceLoader, seeders);
                return new MigrateStartup(migrator, properties, state, debug, null);
            }
            String warning = debugRequested ? "app.debug=true, but the application declares no "
                    + MetaData.class.getName() + " bean (or several): debug mode creates the tables from it. "
                    + "Migrating with the scripts in " + String.join(", ", properties.getLocations())
                    + " instead. Declare one @Bean MetaData to use debug mode, or set app.debug=false." : null;
            return new MigrateStartup(migrator, properties, state, null, warning);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass({ OncePerRequestFilter.class, FilterRegistrationBean.class })
    @ConditionalOnBooleanProperty(name = "migrate.web.block-during-migration", matchIfMissing = true)
    static class WebConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = "migrationInProgressFilter")
        FilterRegistrationBean<MigrationInProgressFilter> migrationInProgressFilter(StartupMigration state,
                MigrateProperties properties, Environment environment) {
            String actuator = environment.getProperty("management.endpoints.web.base-path", "/actuator");
            FilterRegistrationBean<MigrationInProgressFilter> registration = new FilterRegistrationBean<>(
                    new MigrationInProgressFilter(state, actuator, properties.getWeb().getRetryAfter()));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(MigrateConditions.Command.class)
    static class CommandConfiguration {

        @Bean
        @ConditionalOnMissingBean
        MigrateCommandRunner migrateCommandRunner(Migrator migrator, ConfigurableApplicationContext context) {
            return new MigrateCommandRunner(migrator, context);
        }
    }
}
