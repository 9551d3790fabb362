package dev.migrate.boot.command;

import java.util.Map;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Detects command mode ({@code java -jar app.jar migrate <verb>}) as the application starts, before
 * its environment and context exist: makes it a non-web application (no server starts, whatever
 * {@code spring.main.web-application-type} says), and quietens the banner and start-up logging so
 * that the verb's output stands alone (the runner's own failure log too: the verb prints the failure, as the
 * command line does). Does nothing for any other arguments.
 */
final class MigrateCommandRunListener implements SpringApplicationRunListener, Ordered {

    static final String FORCED = "migrateCommand";
    static final String DEFAULTS = "migrateCommandDefaults";

    private final SpringApplication application;
    private final boolean command;

    MigrateCommandRunListener(SpringApplication application, String[] args) {
        this.application = application;
        this.command = MigrateCommandRunner.isCommand(args);
    }

    @Override
    public void starting(ConfigurableBootstrapContext bootstrapContext) {
        if (command) {
            application.setWebApplicationType(WebApplicationType.NONE);
        }
    }

    @Override
    public void environmentPrepared(ConfigurableBootstrapContext bootstrapContext,
            ConfigurableEnvironment environment) {
        if (!command) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource(FORCED,
                Map.of("spring.main.web-application-type", "none")));
        environment.getPropertySources().addLast(new MapPropertySource(DEFAULTS,
                Map.of("spring.main.banner-mode", "off", "spring.main.log-startup-info", "false",
                        "logging.level.root", "warn", "logging.level.dev.migrate.runtime.Runner", "off")));
    }

    /** Before Spring Boot's own listener, so that logging is configured with these properties. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
