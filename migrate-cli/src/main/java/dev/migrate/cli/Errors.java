package dev.migrate.cli;

import dev.migrate.dialect.DialectException;
import dev.migrate.graph.AmbiguousRevisionException;
import dev.migrate.graph.InvalidTargetException;
import dev.migrate.graph.MultipleHeadsException;
import dev.migrate.graph.NotAncestorException;
import dev.migrate.graph.RelativeWalkException;
import dev.migrate.graph.RevisionException;
import dev.migrate.graph.UnknownRevisionException;
import dev.migrate.history.VersionTableException;
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
    static final String HINT = "migrate: hint: ";

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
        String hint = hint(e);
        if (hint != null) {
            err.println(HINT + hint);
        }
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
        root.secrets().add(root.options().password);
        err.println(root.secrets().mask(PREFIX + e.getMessage()));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return USAGE;
    }

    /**
     * Whether the command line asked for something impossible: bad options and values (the Migrator's
     * {@link IllegalArgumentException}s) and targets that name no revision, several, or one in the wrong direction.
     * A broken graph of scripts ({@code GraphValidationException}) is not a usage error.
     */
    private static boolean usage(Throwable t) {
        return t instanceof UsageException || t instanceof ParameterException || t instanceof IllegalArgumentException
                || t instanceof UnknownRevisionException || t instanceof AmbiguousRevisionException
                || t instanceof MultipleHeadsException || t instanceof InvalidTargetException
                || t instanceof NotAncestorException || t instanceof RelativeWalkException
                || t instanceof DialectException;
    }

    /** Failures whose message is written for users; others are shown with their type and a request to report. */
    private static boolean known(Throwable t) {
        return usage(t) || t instanceof DatabaseException || t instanceof MigrationFailedException
                || t instanceof ScriptException || t instanceof RevisionException || t instanceof DialectException
                || t instanceof ChecksumMismatchException || t instanceof LockTimeoutException
                || t instanceof DatabaseAheadException || t instanceof VersionTableException
                || t instanceof UncheckedIOException || t instanceof StateException;
    }

    /** The command-line spelling of what the Migrator's message says in API terms, or {@code null}. */
    private static String hint(Throwable t) {
        if (t instanceof ChecksumMismatchException) {
            return "on the command line, 'migrate repair' accepts the new checksums, and "
                    + "'migrate upgrade --accept-checksums TARGET' accepts them and upgrades";
        }
        if (t instanceof LockTimeoutException) {
            return "on the command line, the wait is set with --lock-timeout, for example --lock-timeout 5m";
        }
        return null;
    }

    private static String message(Throwable t) {
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            return t.getClass().getName();
        }
        return known(t) ? message.strip() : t.getClass().getSimpleName() + ": " + message.strip();
    }
}
