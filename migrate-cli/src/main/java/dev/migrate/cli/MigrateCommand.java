package dev.migrate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code migrate} command: Alembic's verbs over the Migrate Java API. */
@Command(name = "migrate", mixinStandardHelpOptions = true, version = "migrate 0.1.0-SNAPSHOT",
        description = "Schema migrations with a revision graph: upgrade, downgrade, history and more.")
public final class MigrateCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new MigrateCommand()).execute(args));
    }
}
