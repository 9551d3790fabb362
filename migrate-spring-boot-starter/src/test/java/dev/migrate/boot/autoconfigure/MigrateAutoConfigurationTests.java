package dev.migrate.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.boot.StartupMigration;
import dev.migrate.boot.actuate.MigrationsEndpoint;
import dev.migrate.boot.actuate.MigrationsHealthIndicator;
import dev.migrate.boot.command.MigrateCommandRunner;
import dev.migrate.command.ConnectionSource;
import dev.migrate.command.Migrator;
import dev.migrate.runtime.MigrationListener;
import dev.migrate.runtime.TransactionMode;
import dev.migrate.schema.MetaData;
import dev.migrate.schema.SqlType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

class MigrateAutoConfigurationTests {

    @TempDir
    Path dir;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        MigrateAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=" + url("app.db"), "migrate.startup=none");
    }

    private String url(String file) {
        return "jdbc:sqlite:" + dir.resolve(file);
    }

    @Test
    void backsOffWithoutDataSource() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Migrator.class)
                        .doesNotHaveBean(StartupMigration.class));
    }

    @Test
    void backsOffWhenDisabled() {
        runner().withPropertyValues("migrate.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Migrator.class)
                        .doesNotHaveBean(MigrateStartupRunner.class));
    }

    @Test
    void createsMigratorOnTheApplicationDataSourceWithDefaults() {
        runner().run(context -> {
            assertThat(context).hasSingleBean(Migrator.class).hasSingleBean(StartupMigration.class);
            Migrator migrator = context.getBean(Migrator.class);
            assertThat(migrator.config().connection())
                    .isEqualTo(ConnectionSource.of(context.getBean(DataSource.class)));
            assertThat(migrator.config().locations()).containsExactly("classpath:db/migrations");
            assertThat(migrator.config().javaPackages()).isEmpty();
            assertThat(migrator.config().versionTable()).isEqualTo("migrate_version");
            assertThat(migrator.config().historyTable()).isEqualTo("migrate_history");
            assertThat(migrator.config().schema()).isNull();
            assertThat(migrator.config().transactionMode()).isEqualTo(TransactionMode.PER_STEP);
            assertThat(migrator.config().lockTimeout()).isEqualTo(Duration.ofSeconds(60));
            assertThat(migrator.config().classLoader()).isSameAs(context.getClassLoader());
        });
    }

    @Test
    void bindsProperties() {
        runner().withPropertyValues("migrate.locations=classpath:db/a,filesystem:db/b",
                "migrate.java-packages=com.example.migrations", "migrate.version-table=alembic_version",
                "migrate.history-table=app_history", "migrate.schema=ops", "migrate.transaction-mode=all",
                "migrate.lock-timeout=5s", "migrate.target=head", "migrate.web.block-during-migration=false",
                "migrate.web.retry-after=30s", "migrate.debug.reset=true",
                "migrate.debug.seed-locations=classpath:seed/*.sql").run(context -> {
                    Migrator migrator = context.getBean(Migrator.class);
                    assertThat(migrator.config().locations()).containsExactly("classpath:db/a", "filesystem:db/b");
                    assertThat(migrator.config().javaPackages()).containsExactly("com.example.migrations");
                    assertThat(migrator.config().versionTable()).isEqualTo("alembic_version");
                    assertThat(migrator.config().historyTable()).isEqualTo("app_history");
                    assertThat(migrator.config().schema()).isEqualTo("ops");
                    assertThat(migrator.config().transactionMode()).isEqualTo(TransactionMode.ALL);
                    assertThat(migrator.config().lockTimeout()).isEqualTo(Duration.ofSeconds(5));
                    MigrateProperties properties = context.getBean(MigrateProperties.class);
                    assertThat(properties.getTarget()).isEqualTo("head");
                    assertThat(properties.getStartup()).isEqualTo(MigrateProperties.Startup.NONE);
                    assertThat(properties.getWeb().isBlockDuringMigration()).isFalse();
                    assertThat(properties.getWeb().getRetryAfter()).isEqualTo(Duration.ofSeconds(30));
                    assertThat(properties.getDebug().isReset()).isTrue();
                    assertThat(properties.getDebug().getSeedLocations()).containsExactly("classpath:seed/*.sql");
                });
    }

    @Test
    void migrateUrlGetsItsOwnDataSource() {
        runner().withPropertyValues("migrate.url=" + url("other.db"), "migrate.user=owner", "migrate.password=secret")
                .run(context -> {
                    ConnectionSource source = context.getBean(Migrator.class).config().connection();
                    DataSource dataSource = ((ConnectionSource.FromDataSource) source).dataSource();
                    assertThat(dataSource).isInstanceOf(SimpleDriverDataSource.class)
                            .isNotSameAs(context.getBean(DataSource.class));
                    assertThat(((SimpleDriverDataSource) dataSource).getUrl()).isEqualTo(url("other.db"));
                    assertThat(((SimpleDriverDataSource) dataSource).getUsername()).isEqualTo("owner");
                    assertThat(((SimpleDriverDataSource) dataSource).getPassword()).isEqualTo("secret");
                });
    }

    @Test
    void migrateUrlWorksWithoutApplicationDataSource() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class))
                .withPropertyValues("migrate.url=" + url("only.db"), "migrate.startup=none")
                .run(context -> assertThat(context).hasSingleBean(Migrator.class));
    }

    @Test
    void migrateDataSourceQualifierWins() {
        runner().withUserConfiguration(TwoDataSources.class).run(context -> {
            ConnectionSource source = context.getBean(Migrator.class).config().connection();
            assertThat(((ConnectionSource.FromDataSource) source).dataSource())
                    .isSameAs(context.getBean("migrationDataSource"));
        });
    }

    @Test
    void customizersAndListenersAreApplied() {
        runner().withUserConfiguration(Customizers.class).run(context -> {
            Migrator migrator = context.getBean(Migrator.class);
            assertThat(migrator.config().dialect()).isEqualTo("sqlite");
            assertThat(migrator.config().acceptChecksums()).isTrue();
            assertThat(migrator.config().listeners()).containsExactly(Customizers.LISTENER);
        });
    }

    @Test
    void backsOffFromUserBeans() {
        runner().withUserConfiguration(UserBeans.class).withPropertyValues("migrate.startup=upgrade").run(context -> {
            assertThat(context).hasSingleBean(Migrator.class).hasSingleBean(StartupMigration.class);
            assertThat(context.getBean(Migrator.class)).isSameAs(UserBeans.MIGRATOR);
            assertThat(context.getBean(StartupMigration.class)).isSameAs(UserBeans.STARTUP);
            assertThat(context).getBean(MigrateStartupRunner.class).isNotNull();
        });
    }

    @Test
    void upgradeStartupRunsAfterRefresh() {
        runner().withPropertyValues("migrate.startup=upgrade").run(context -> {
            assertThat(context).hasSingleBean(MigrateStartupRunner.class).doesNotHaveBean(MigrateInitializer.class);
            assertThat(context.getBean(MigrateStartupRunner.class).getOrder()).isEqualTo(Integer.MIN_VALUE);
            StartupMigration startup = context.getBean(StartupMigration.class);
            assertThat(startup.mode()).isEqualTo(StartupMigration.Mode.MIGRATE);
            assertThat(startup.phase()).isEqualTo(StartupMigration.Phase.PENDING);
        });
    }

    @Test
    void upgradeIsTheDefaultStartup() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        MigrateAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=" + url("app.db"))
                .run(context -> assertThat(context).hasSingleBean(MigrateStartupRunner.class)
                        .doesNotHaveBean(MigrateInitializer.class));
    }

    @Test
    void validateStartupRunsAfterRefresh() {
        runner().withPropertyValues("migrate.startup=validate")
                .run(context -> assertThat(context).hasSingleBean(MigrateStartupRunner.class)
                        .doesNotHaveBean(MigrateInitializer.class));
    }

    @Test
    void initializerStartupRunsDuringRefreshBeforeJdbcTemplate() {
        runner().withConfiguration(AutoConfigurations.of(JdbcTemplateAutoConfiguration.class))
                .withPropertyValues("migrate.startup=initializer", "migrate.locations=classpath:db/app")
                .run(context -> {
                    assertThat(context).hasSingleBean(MigrateInitializer.class)
                            .doesNotHaveBean(MigrateStartupRunner.class);
                    String initializer = context.getBeanNamesForType(MigrateInitializer.class)[0];
                    String jdbcTemplate = context.getBeanNamesForType(JdbcTemplate.class)[0];
                    assertThat(context.getBeanFactory().getBeanDefinition(jdbcTemplate).getDependsOn())
                            .contains(initializer);
                    assertThat(context.getBean(StartupMigration.class).phase()).isEqualTo(StartupMigration.Phase.DONE);
                });
    }

    @Test
    void noneStartupSchedulesNothing() {
        runner().run(context -> {
            assertThat(context).doesNotHaveBean(MigrateStartupRunner.class).doesNotHaveBean(MigrateInitializer.class);
            assertThat(context.getBean(StartupMigration.class).phase()).isEqualTo(StartupMigration.Phase.SKIPPED);
        });
    }

    @Test
    void debugModeWithMetaData() {
        runner().withPropertyValues("app.debug=true", "migrate.startup=upgrade").withUserConfiguration(Schema.class)
                .run(context -> {
                    assertThat(context.getBean(StartupMigration.class).mode()).isEqualTo(StartupMigration.Mode.DEBUG);
                    assertThat(context).hasSingleBean(MigrateStartupRunner.class);
                });
    }

    @Test
    void debugModeWithoutMetaDataFallsBackToMigrations() {
        runner().withPropertyValues("app.debug=true", "migrate.startup=upgrade").run(context -> {
            assertThat(context.getBean(StartupMigration.class).mode()).isEqualTo(StartupMigration.Mode.MIGRATE);
            assertThat(context).hasSingleBean(MigrateStartupRunner.class);
        });
    }

    @Test
    void metaDataAloneIsNotDebugMode() {
        runner().withUserConfiguration(Schema.class).run(context -> assertThat(
                context.getBean(StartupMigration.class).mode()).isEqualTo(StartupMigration.Mode.MIGRATE));
    }

    @Test
    void commandModeRunsTheVerbInsteadOfTheStartupWork() {
        runner().withPropertyValues("migrate.startup=upgrade")
                .withInitializer(arguments("migrate", "current"))
                .run(context -> {
                    assertThat(context).hasSingleBean(MigrateCommandRunner.class)
                            .doesNotHaveBean(MigrateStartupRunner.class).doesNotHaveBean(MigrateInitializer.class);
                    assertThat(context.getBean(StartupMigration.class).phase())
                            .isEqualTo(StartupMigration.Phase.SKIPPED);
                });
    }

    @Test
    void otherArgumentsAreNotCommandMode() {
        runner().withPropertyValues("migrate.startup=upgrade")
                .withInitializer(arguments("--server.port=0", "migrate"))
                .run(context -> assertThat(context).doesNotHaveBean(MigrateCommandRunner.class)
                        .hasSingleBean(MigrateStartupRunner.class));
    }

    @Test
    void servletApplicationsGetTheFilter() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        MigrateAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=" + url("app.db"))
                .run(context -> assertThat(context).getBean("migrationInProgressFilter")
                        .isInstanceOf(FilterRegistrationBean.class)
                        .extracting(bean -> ((FilterRegistrationBean<?>) bean).getFilter())
                        .isInstanceOf(MigrationInProgressFilter.class));
    }

    @Test
    void filterCanBeSwitchedOff() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        MigrateAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=" + url("app.db"), "migrate.web.block-during-migration=false")
                .run(context -> assertThat(context).doesNotHaveBean("migrationInProgressFilter"));
    }

    @Test
    void nonWebApplicationsHaveNoFilter() {
        runner().run(context -> assertThat(context).doesNotHaveBean("migrationInProgressFilter"));
    }

    @Test
    void endpointAndHealthIndicatorWithActuator() {
        runner().withConfiguration(AutoConfigurations.of(EndpointAutoConfiguration.class,
                HealthContributorAutoConfiguration.class, MigrateEndpointAutoConfiguration.class,
                MigrateHealthContributorAutoConfiguration.class))
                .withPropertyValues("management.endpoints.web.exposure.include=migrations")
                .run(context -> {
                    assertThat(context).hasSingleBean(MigrationsEndpoint.class);
                    assertThat(context).getBean("migrationsHealthIndicator").isInstanceOf(MigrationsHealthIndicator.class);
                });
    }

    @Test
    void healthIndicatorCanBeDisabled() {
        runner().withConfiguration(AutoConfigurations.of(HealthContributorAutoConfiguration.class,
                MigrateHealthContributorAutoConfiguration.class))
                .withPropertyValues("management.health.migrations.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(MigrationsHealthIndicator.class));
    }

    @Test
    void endpointAndHealthBackOffWithoutMigrate() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class, EndpointAutoConfiguration.class,
                        HealthContributorAutoConfiguration.class, MigrateEndpointAutoConfiguration.class,
                        MigrateHealthContributorAutoConfiguration.class))
                .withPropertyValues("management.endpoints.web.exposure.include=migrations")
                .run(context -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class)
                        .doesNotHaveBean(MigrationsHealthIndicator.class));
    }

    /** Registers the arguments as {@code SpringApplication} does: a singleton, before the refresh. */
    private static ApplicationContextInitializer<ConfigurableApplicationContext> arguments(String... args) {
        return context -> context.getBeanFactory().registerSingleton("springApplicationArguments",
                new DefaultApplicationArguments(args));
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoDataSources {

        @Bean
        @Primary
        DataSource applicationDataSource() {
            return new SimpleDriverDataSource();
        }

        @Bean
        @MigrateDataSource
        DataSource migrationDataSource() {
            return new SimpleDriverDataSource();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Customizers {

        static final MigrationListener LISTENER = event -> { };

        @Bean
        MigrationListener listener() {
            return LISTENER;
        }

        @Bean
        @Order(1)
        MigrateConfigurationCustomizer dialect() {
            return builder -> builder.dialect("postgresql");
        }

        @Bean
        @Order(2)
        MigrateConfigurationCustomizer laterDialectAndChecksums() {
            return builder -> builder.dialect("sqlite").acceptChecksums(true);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UserBeans {

        static final Migrator MIGRATOR = Migrator.builder().locations(List.of("classpath:elsewhere")).build();
        static final StartupMigration STARTUP = new StartupMigration(StartupMigration.Mode.MIGRATE, true);

        @Bean
        Migrator myMigrator() {
            return MIGRATOR;
        }

        @Bean
        StartupMigration myStartup() {
            return STARTUP;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Schema {

        @Bean
        MetaData metaData() {
            return MetaData.builder().table("devices", t -> t.column("id", SqlType.BIGINT, c -> c.primaryKey()))
                    .build();
        }
    }
}
