package dev.migrate.boot.autoconfigure;

import dev.migrate.boot.command.MigrateCommandRunner;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The conditions of {@link MigrateAutoConfiguration}. */
final class MigrateConditions {

    private MigrateConditions() {
    }

    /** A DataSource bean exists, or {@code migrate.url} names a database. */
    static final class DataSourceAvailable extends AnyNestedCondition {

        DataSourceAvailable() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(DataSource.class)
        private static final class DataSourceBean {
        }

        @ConditionalOnProperty("migrate.url")
        private static final class MigrateUrl {
        }
    }

    /** {@code migrate.startup} is {@code upgrade} (the default) or {@code validate}: work after the refresh. */
    static final class StartupAfterRefresh extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            MigrateProperties.Startup startup = startup(context);
            ConditionMessage.Builder message = ConditionMessage.forCondition("Migrate startup after refresh");
            return startup == MigrateProperties.Startup.UPGRADE || startup == MigrateProperties.Startup.VALIDATE
                    ? ConditionOutcome.match(message.because("migrate.startup is " + startup))
                    : ConditionOutcome.noMatch(message.because("migrate.startup is " + startup));
        }
    }

    /** {@code migrate.startup} is {@code initializer}: work during the refresh. */
    static final class StartupDuringRefresh extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            MigrateProperties.Startup startup = startup(context);
            ConditionMessage.Builder message = ConditionMessage.forCondition("Migrate startup during refresh");
            return startup == MigrateProperties.Startup.INITIALIZER
                    ? ConditionOutcome.match(message.because("migrate.startup is " + startup))
                    : ConditionOutcome.noMatch(message.because("migrate.startup is " + startup));
        }
    }

    /** The application's first argument is {@code migrate}: command mode. */
    static final class Command extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return commandOutcome(context, true);
        }
    }

    /** Not command mode. */
    static final class NotCommand extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return commandOutcome(context, false);
        }
    }

    private static ConditionOutcome commandOutcome(ConditionContext context, boolean wanted) {
        boolean command = isCommand(context.getBeanFactory());
        ConditionMessage message = ConditionMessage.forCondition("Migrate command mode")
                .because(command ? "the first application argument is 'migrate'" : "no 'migrate' first argument");
        return command == wanted ? ConditionOutcome.match(message) : ConditionOutcome.noMatch(message);
    }

    private static boolean isCommand(ConfigurableListableBeanFactory beanFactory) {
        if (beanFactory == null) {
            return false;
        }
        for (String name : beanFactory.getBeanNamesForType(ApplicationArguments.class, true, false)) {
            if (beanFactory.containsSingleton(name)
                    && MigrateCommandRunner.isCommand(beanFactory.getBean(name, ApplicationArguments.class)
                            .getSourceArgs())) {
                return true;
            }
        }
        return false;
    }

    private static MigrateProperties.Startup startup(ConditionContext context) {
        return Binder.get(context.getEnvironment()).bind("migrate.startup", MigrateProperties.Startup.class)
                .orElse(MigrateProperties.Startup.UPGRADE);
    }
}
