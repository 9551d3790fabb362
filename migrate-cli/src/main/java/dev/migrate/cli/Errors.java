package dev.migrate.cli;

import dev.migrate.dialect.DialectException;
import dev.migrate.graph.GraphValidationException;
import dev.migrate.graph.RevisionException;
import dev.migrate.history.VersionTableException;
import dev.migrate.jdbc.SqlSplitException;
import dev.migrate.jdbc.DatabaseException;
import dev.migrate.runtime.ChecksumMismatchException;
import dev.migrate.runtime.DatabaseAheadException;
import dev.migrate.runtime.LockTimeoutException;
import dev.migrate.runtime.MigrationFailedException;
import dev.migrate.script.ScriptException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one line on stderr ({@code migrate: error: …}, passwords masked; the stack trace only with
 * {@code -X}) and an exit code: {@value #FAILED} when a migration or the database failed, {@value #USAGE} when the
 * command line asks for something that cannot be done.
 */
final class Errors implements IExecutionExceptionHandler, IExitCodeExceptionMapper, IParameterExceptionHandler {

    /** Success. */
    static final int OK = 0;
    /** A migration, a script or the database failed. */
    static final int FAILED = 1;
    /** The command line is wrong: unknown option, missing argument, bad value, nothing to connect to. */
    static final int USAGE = 2;

    static final String PREFIX = "migrate: error: ";

    private final MigrateCommand root;

    Errors(MigrateCommand root) {
        this.root = root;
    }

    @Override
    public int getExitCode(Throwable t) {
        return usage(t) ? USAGE : FAILED;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        err.println(root.secrets().mask(PREFIX + message(e)));
        if (root.options().stacktrace) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            err.print(root.secrets().mask(trace.toString()));
        } else if (!known(e)) {
            err.println("(an unexpected error; run again with -X to see where it happened, and report it)");
        }
        err.flush();
        return getExitCode(e);
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(root.secrets().mask(PREFIX + e.getMessage()));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return USAGE;
    }

    private static boolean usage(Throwable t) {
        // A target that names no revision, several heads for 'head', a relative step too far: the command line
        // asks for what cannot be done. A broken graph of scripts (GraphValidationException) is not a usage error.
        return t instanceof UsageException || t instanceof ParameterException
                || t instanceof IllegalArgumentException
                || (t instanceof RevisionException && !(t instanceof GraphValidationException));
    }

    private static boolean known(Throwable t) {
        return usage(t) || t instanceof DatabaseException || t instanceof MigrationFailedException
                || t instanceof ScriptException || t instanceof ChecksumMismatchException
                || t instanceof LockTimeoutException || t instanceof DatabaseAheadException
                || t instanceof VersionTableException || t instanceof UncheckedIOException
                || t instanceof RevisionException || t instanceof DialectException || t instanceof SqlSplitException;
    }

    private static String message(Throwable t) {
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            return t.getClass().getName();
        }
        return known(t) ? message.strip() : t.getClass().getSimpleName() + ": " + message.strip();
    }
}
