package dev.migrate.boot.command;

import dev.migrate.cli.EmbeddedCli;
import dev.migrate.command.Migrator;
import dev.migrate.schema.MetaData;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * Command mode: when the application's first argument is {@code migrate}, runs the {@code migrate} command line
 * ({@link EmbeddedCli}: every verb and option of migrate-cli) with the application's {@link Migrator} configuration
 * and its {@link MetaData} bean, first among the application runners, then closes the context and exits the JVM with
 * the verb's exit code, so that no other runner starts work. Arguments of the form {@code --name=value} whose name
 * holds a dot ({@code --migrate.locations=…}, {@code --server.port=…}) are Spring properties and not passed to the
 * verb. {@link MigrateCommandRunListener} has already switched the application to a non-web one.
 */
public final class MigrateCommandRunner implements ApplicationRunner, Ordered {

    /** The first argument that switches an application to command mode. */
    static final String COMMAND = "migrate";

    private final Migrator migrator;
    private final Supplier<MetaData> metaData;
    private final PrintStream out;
    private final PrintStream err;
    private final IntConsumer exit;

    /**
     * A runner that prints to the standard streams and exits the JVM.
     *
     * @param migrator the application's migrator
     * @param context  the context: its {@link MetaData} bean, if there is exactly one, is the declared schema of
     *                 {@code revision --autogenerate} and {@code check}; it is closed before exiting
     */
    public MigrateCommandRunner(Migrator migrator, ConfigurableApplicationContext context) {
        this(migrator, () -> context.getBeanProvider(MetaData.class).getIfUnique(), System.out, System.err,
                code -> System.exit(SpringApplication.exit(context, () -> code)));
    }

    MigrateCommandRunner(Migrator migrator, Supplier<MetaData> metaData, PrintStream out, PrintStream err,
            IntConsumer exit) {
        this.migrator = migrator;
        this.metaData = metaData;
        this.out = out;
        this.err = err;
        this.exit = exit;
    }

    /** Whether {@code args}, an application's arguments, ask for command mode: the first one is {@code migrate}. */
    public static boolean isCommand(String... args) {
        return args != null && args.length > 0 && COMMAND.equals(args[0]);
    }

    @Override
    public void run(ApplicationArguments args) {
        String[] source = args.getSourceArgs();
        if (!isCommand(source)) {
            return;
        }
        List<String> verb = Arrays.stream(source).skip(1).filter(arg -> !isProperty(arg)).toList();
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        int code = new EmbeddedCli(migrator.config(), metaData.get()).run(verb, outWriter, errWriter);
        outWriter.flush();
        errWriter.flush();
        exit.accept(code);
    }

    /** {@code --name.part=value}: a Spring property for the application, not an option of the verb. */
    static boolean isProperty(String arg) {
        int equals = arg.indexOf('=');
        return arg.startsWith("--") && equals > 2 && arg.substring(2, equals).contains(".");
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
