package dev.migrate.cli;

import dev.migrate.command.ConnectionSource;
import dev.migrate.command.MigrateConfig;
import dev.migrate.command.Migrator;
import dev.migrate.schema.MetaData;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;

/**
 * The {@code migrate} command line run inside an application, as the Spring Boot starter's command mode does
 * ({@code java -jar app.jar migrate <verb> [args]}): every verb and option of the standalone command line, against
 * the application's own configuration (its DataSource, locations, tables, class loader) and its declared schema,
 * which {@code revision --autogenerate} and {@code check} compare with the database.
 *
 * <p>Options given on the command line ({@code --locations}, {@code --version-table}, …) override the application's
 * configuration; the connection options ({@code --url}, {@code --user}, {@code --password}) and {@code --config}
 * are refused, since the application connects with its own DataSource. The environment variables and
 * {@code migrate.properties} of the standalone command line are not read.
 *
 * <pre>{@code
 * int exitCode = new EmbeddedCli(migrator.config(), metaData).run(List.of("check"), out, err);
 * }</pre>
 */
public final class EmbeddedCli {

    private final MigrateConfig config;
    private final MetaData metaData;

    /**
     * A command line for an application.
     *
     * @param config   the application's configuration, for example {@link Migrator#config()}
     * @param metaData the application's declared schema, or {@code null} when it declares none (then
     *                 {@code --metadata} must name one for the verbs that compare)
     */
    public EmbeddedCli(MigrateConfig config, MetaData metaData) {
        this.config = Objects.requireNonNull(config, "config");
        this.metaData = metaData;
    }

    /**
     * Runs one verb.
     *
     * @param args the arguments after {@code migrate}: the verb, its arguments and options
     * @param out  where the verb's output goes
     * @param err  where errors go (one line, passwords masked)
     * @return the exit code: 0 on success, 1 when a migration, a script or the database failed (or {@code check}
     *         found differences), 2 on a usage error
     */
    public int run(List<String> args, PrintWriter out, PrintWriter err) {
        Secrets secrets = new Secrets();
        if (config.connection() instanceof ConnectionSource.FromUrl url) {
            secrets.add(url.password());
            secrets.addFromUrl(url.url());
        }
        int code = MigrateCommand.commandLine(CliEnvironment.system(), secrets, new Embedding(config, metaData), out,
                err).execute(args.toArray(String[]::new));
        out.flush();
        err.flush();
        return code;
    }
}
