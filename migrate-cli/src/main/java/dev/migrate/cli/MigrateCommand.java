package dev.migrate.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code migrate} command: Alembic's verbs over the Migrate Java API ({@link dev.migrate.command.Migrator}).
 * Exit codes: 0 on success, 1 when a migration, a script or the database failed, 2 on a usage error.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true, version = "migrate 0.1.0-SNAPSHOT", sortOptions = false,
        description = "Schema migrations with a revision graph: upgrade, downgrade, history and more.",
        subcommands = {InitCommand.class, RevisionCommand.class, MergeCommand.class, UpgradeCommand.class,
                DowngradeCommand.class, StampCommand.class, CurrentCommand.class, HistoryCommand.class,
                HeadsCommand.class, BranchesCommand.class, ShowCommand.class, RepairCommand.class,
                CheckCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Connection: --url, then $DATABASE_URL, then migrate.url in the --config file.",
                "Exit codes: 0 success, 1 migration or database error, 2 usage error."})
public final class MigrateCommand implements Runnable {

    @Mixin
    GlobalOptions options;

    @Spec
    CommandSpec spec;

    private final CliEnvironment environment;
    private final Secrets secrets;
    private final Embedding embedding;

    MigrateCommand(CliEnvironment environment, Secrets secrets, Embedding embedding) {
        this.environment = environment;
        this.secrets = secrets;
        this.embedding = embedding;
    }

    /** Without a verb: the usage. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    GlobalOptions options() {
        return options;
    }

    CliEnvironment environment() {
        return environment;
    }

    Secrets secrets() {
        return secrets;
    }

    /** The application the verbs run inside, or {@code null} for the standalone command line. */
    Embedding embedding() {
        return embedding;
    }

    /** A command line for {@code environment}, writing to {@code out} and {@code err}. */
    static CommandLine commandLine(CliEnvironment environment, Secrets secrets, PrintWriter out, PrintWriter err) {
        return commandLine(environment, secrets, null, out, err);
    }

    /** A command line for {@code environment}, inside the application {@code embedding} unless it is {@code null}. */
    static CommandLine commandLine(CliEnvironment environment, Secrets secrets, Embedding embedding, PrintWriter out,
            PrintWriter err) {
        MigrateCommand root = new MigrateCommand(environment, secrets, embedding);
        CommandLine cmd = new CommandLine(root);
        Errors errors = new Errors(root);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler(errors);
        cmd.setExitCodeExceptionMapper(errors);
        cmd.setParameterExceptionHandler(errors);
        cmd.setExecutionStrategy(parseResult -> {
            try (Logging logging = Logging.configure(root.options.verbose, root.options.stacktrace)) {
                return new CommandLine.RunLast().execute(parseResult);
            }
        });
        return cmd;
    }

    /** Runs {@code migrate} with the process's environment and exits with its exit code. */
    public static void main(String[] args) {
        Secrets secrets = new Secrets();
        // Logs go to stderr: mask passwords there too.
        System.setErr(new PrintStream(new MaskingOutputStream(new FileOutputStream(FileDescriptor.err), secrets),
                true, StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = commandLine(CliEnvironment.system(), secrets, out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
