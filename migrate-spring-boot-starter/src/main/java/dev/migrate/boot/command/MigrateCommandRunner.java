package dev.migrate.boot.command;

import dev.migrate.command.Migrator;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * Command mode: when the application's first argument is {@code migrate}, runs the verb that follows
 * with the application's {@link Migrator}, first among the application runners, then closes the
 * context and exits the JVM with the verb's exit code, so that no other runner starts work.
 * Arguments of the form {@code --name=value} are Spring properties and not passed to the verb.
 * {@link MigrateCommandRunListener} has already switched the application to a non-web one.
 */
public final class MigrateCommandRunner implements ApplicationRunner, Ordered {

    private final Migrator migrator;
    private final PrintStream out;
    private final PrintStream err;
    private final IntConsumer exit;

    /**
     * A runner that prints to the standard streams and exits the JVM.
     *
     * @param migrator the application's migrator
     * @param context  the context to close before exiting
     */
    public MigrateCommandRunner(Migrator migrator, ConfigurableApplicationContext context) {
        this(migrator, System.out, System.err, code -> System.exit(SpringApplication.exit(context, () -> code)));
    }

    MigrateCommandRunner(Migrator migrator, PrintStream out, PrintStream err, IntConsumer exit) {
        this.migrator = migrator;
        this.out = out;
        this.err = err;
        this.exit = exit;
    }

    /** Whether {@code args}, an application's arguments, ask for command mode. */
    public static boolean isCommand(String... args) {
        return MigrateCommandLine.isCommand(args);
    }

    @Override
    public void run(ApplicationArguments args) {
        String[] source = args.getSourceArgs();
        if (!isCommand(source)) {
            return;
        }
        List<String> verb = Arrays.stream(source).skip(1).filter(arg -> !isProperty(arg)).toList();
        int code = new MigrateCommandLine(migrator, out, err).execute(verb);
        out.flush();
        err.flush();
        exit.accept(code);
    }

    /** {@code --name=value}: a Spring property for the application, not an argument of the verb. */
    private static boolean isProperty(String arg) {
        return arg.startsWith("--") && arg.indexOf('=') > 2;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
