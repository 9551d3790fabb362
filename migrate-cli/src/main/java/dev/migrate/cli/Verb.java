package dev.migrate.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every verb shares: the top command (its options and environment), output to the command line's
 * {@code out}/{@code err} (so tests can read it), and a {@link Session} opened for the run and closed after it.
 */
abstract class Verb implements Callable<Integer> {

    @ParentCommand
    MigrateCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    GlobalOptions options() {
        return root.options();
    }

    CliEnvironment env() {
        return root.environment();
    }

    @Override
    public final Integer call() {
        try (Session session = new Session(root.options(), root.environment(), root.secrets(), err(),
                root.embedding())) {
            int code = run(session);
            out().flush();
            return code;
        }
    }

    /** Does the verb; returns the exit code. Errors are thrown and turned into messages by {@link Errors}. */
    abstract int run(Session session);
}
