package dev.migrate.boot.command;

import dev.migrate.command.CurrentResult;
import dev.migrate.command.HistoryResult;
import dev.migrate.command.Migrator;
import dev.migrate.command.RepairResult;
import dev.migrate.command.RevisionInfo;
import dev.migrate.command.RevisionState;
import dev.migrate.command.RevisionStatus;
import dev.migrate.command.RunResult;
import dev.migrate.history.HistoryEntry;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The verbs of command mode ({@code java -jar app.jar migrate <verb> [args]}), run with the
 * application's own {@link Migrator}: upgrade, downgrade, current, history, heads, stamp, repair.
 * Output goes to {@code out}, errors to {@code err}; {@link #execute} returns the exit code.
 */
final class MigrateCommandLine {

    /** The first argument that switches an application to command mode. */
    static final String COMMAND = "migrate";

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    static final String USAGE_TEXT = """
            Usage: java -jar <app>.jar migrate <verb> [arguments]
            Runs one Migrate verb against the application's database, migrations and configuration, then exits.

              upgrade [target]            apply revisions up to target (default: heads)
              downgrade <target>          revert revisions down to target (a revision, -N, base)
              current [-v]                show the database's current revisions
              history [range] [-v]        list revisions, newest first, with their state (range: A:B, :B, A:)
              heads [-v]                  show the heads of the scripts
              stamp [--purge] <rev>...    set the version rows without running scripts
              repair                      accept the checksums of applied scripts that were edited
              help                        show this text
            """;

    private final Migrator migrator;
    private final PrintStream out;
    private final PrintStream err;

    MigrateCommandLine(Migrator migrator, PrintStream out, PrintStream err) {
        this.migrator = migrator;
        this.out = out;
        this.err = err;
    }

    /** Whether the application's arguments ask for command mode: the first one is {@code migrate}. */
    static boolean isCommand(String... args) {
        return args != null && args.length > 0 && COMMAND.equals(args[0]);
    }

    /**
     * Runs the verb in {@code args} (the arguments after {@code migrate}).
     *
     * @return the exit code: 0 when it succeeded, 1 when it failed, 2 for a usage error
     */
    int execute(List<String> args) {
        if (args.isEmpty()) {
            err.println("No verb given.");
            err.print(USAGE_TEXT);
            return USAGE;
        }
        String verb = args.get(0);
        Arguments rest = new Arguments(args.subList(1, args.size()));
        try {
            return switch (verb) {
                case "upgrade" -> upgrade(rest);
                case "downgrade" -> downgrade(rest);
                case "current" -> current(rest);
                case "history" -> history(rest);
                case "heads" -> heads(rest);
                case "stamp" -> stamp(rest);
                case "repair" -> repair(rest);
                case "help", "-h", "--help" -> {
                    out.print(USAGE_TEXT);
                    yield OK;
                }
                default -> throw new UsageException("Unknown verb '" + verb + "'.");
            };
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        } catch (RuntimeException e) {
            err.println("migrate " + verb + " failed: " + e.getMessage());
            return FAILED;
        }
    }

    private int upgrade(Arguments args) {
        String target = args.optionalPositional("heads");
        args.done();
        RunResult result = migrator.upgrade(target);
        printSteps(result);
        out.println(result.upToDate() ? "Database at " + rows(result.toRows()) + "; nothing to upgrade"
                : "Upgraded from " + rows(result.fromRows()) + " to " + rows(result.toRows()) + ": "
                        + count(result) + " in " + result.duration().toMillis() + " ms");
        return OK;
    }

    private int downgrade(Arguments args) {
        String target = args.requiredPositional("downgrade needs a target: a revision, -N or base.");
        args.done();
        RunResult result = migrator.downgrade(target);
        printSteps(result);
        out.println(result.upToDate() ? "Database at " + rows(result.toRows()) + "; nothing to downgrade"
                : "Downgraded from " + rows(result.fromRows()) + " to " + rows(result.toRows()) + ": "
                        + count(result) + " in " + result.duration().toMillis() + " ms");
        return OK;
    }

    private int current(Arguments args) {
        boolean verbose = args.flag("-v", "--verbose");
        args.done();
        CurrentResult current = migrator.current();
        if (current.rows().isEmpty()) {
            out.println("base");
        }
        for (CurrentResult.Row row : current.rows()) {
            out.println(row.info().map(info -> describe(info, verbose)).orElse(row.revision()
                    + " (unknown: no script declares it; the database is ahead of the code)"));
        }
        return OK;
    }

    private int history(Arguments args) {
        boolean verbose = args.flag("-v", "--verbose");
        String range = args.optionalPositional("");
        args.done();
        HistoryResult history = migrator.history(range, verbose);
        for (RevisionStatus status : history.revisions()) {
            String line = status.revision().map(info -> arrow(info) + marks(info, status) + message(info))
                    .orElse(status.id() + " (unknown)");
            out.println(history.databaseRead() ? line + " [" + state(status.state()) + "]" : line);
            if (verbose) {
                for (HistoryEntry entry : status.log()) {
                    out.println("    " + describe(entry));
                }
            }
        }
        return OK;
    }

    private int heads(Arguments args) {
        boolean verbose = args.flag("-v", "--verbose");
        args.done();
        for (RevisionInfo head : migrator.heads()) {
            out.println(describe(head, verbose));
        }
        return OK;
    }

    private int stamp(Arguments args) {
        boolean purge = args.flag("--purge");
        List<String> targets = args.remainingPositionals();
        if (targets.isEmpty()) {
            throw new UsageException("stamp needs at least one revision (or heads, or base).");
        }
        RunResult result = migrator.stamp(targets, purge);
        out.println("Stamped " + rows(result.toRows()) + " (was " + rows(result.fromRows()) + ")");
        return OK;
    }

    private int repair(Arguments args) {
        args.done();
        RepairResult result = migrator.repairChecksums();
        if (result.repaired().isEmpty()) {
            out.println("No applied script changed; nothing to repair");
        }
        result.repaired().forEach(r -> out.println("Accepted the new checksum of " + r.revision() + " (" + r.source()
                + "): " + r.oldChecksum() + " -> " + r.newChecksum()));
        return OK;
    }

    private void printSteps(RunResult result) {
        result.steps().forEach(step -> out.println("  " + step.action().value() + " " + rows(step.rowsBefore())
                + " -> " + rows(step.rowsAfter()) + (step.message().isEmpty() ? "" : ", " + step.message())
                + " (" + step.duration().toMillis() + " ms)"));
    }

    private static String describe(RevisionInfo info, boolean verbose) {
        String line = info.id() + labels(info) + (info.head() ? " (head)" : "") + message(info);
        return verbose ? line + "\n    down: " + rows(info.downRevisions()) + "\n    source: " + info.source() : line;
    }

    private static String describe(HistoryEntry entry) {
        return entry.action().value() + " " + rows(entry.fromRows()) + " -> " + rows(entry.toRows()) + " at "
                + entry.startedAt() + (entry.duration() == null ? "" : " in " + entry.duration().toMillis() + " ms")
                + by(entry.user(), entry.host())
                + (entry.success() ? "" : " FAILED: " + entry.error());
    }

    private static String by(String user, String host) {
        if (user == null && host == null) {
            return "";
        }
        return " by " + (user == null ? host : host == null ? user : user + "@" + host);
    }

    private static String arrow(RevisionInfo info) {
        return (info.downRevisions().isEmpty() ? "<base>" : String.join(", ", info.downRevisions())) + " -> "
                + info.id();
    }

    private static String marks(RevisionInfo info, RevisionStatus status) {
        return labels(info) + (info.head() ? " (head)" : "") + (status.current() ? " (current)" : "");
    }

    private static String labels(RevisionInfo info) {
        return info.branchLabels().isEmpty() ? "" : " (" + String.join(", ", info.branchLabels().stream().sorted()
                .toList()) + ")";
    }

    private static String message(RevisionInfo info) {
        return info.message().isEmpty() ? "" : ", " + info.message();
    }

    private static String state(RevisionState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String count(RunResult result) {
        int n = result.steps().size();
        return n + (n == 1 ? " revision" : " revisions");
    }

    private static String rows(List<String> rows) {
        return rows.isEmpty() ? "base" : String.join(", ", rows);
    }

    /** The arguments after the verb: flags anywhere, positionals in order. */
    private static final class Arguments {
        private final List<String> remaining;

        Arguments(List<String> args) {
            this.remaining = new ArrayList<>(args);
        }

        boolean flag(String... names) {
            return remaining.removeIf(a -> List.of(names).contains(a));
        }

        String optionalPositional(String fallback) {
            int i = firstPositional();
            return i < 0 ? fallback : remaining.remove(i);
        }

        String requiredPositional(String message) {
            int i = firstPositional();
            if (i < 0) {
                throw new UsageException(message);
            }
            return remaining.remove(i);
        }

        List<String> remainingPositionals() {
            List<String> positionals = new ArrayList<>();
            for (int i = firstPositional(); i >= 0; i = firstPositional()) {
                positionals.add(remaining.remove(i));
            }
            done();
            return positionals;
        }

        void done() {
            if (!remaining.isEmpty()) {
                throw new UsageException("Unexpected argument" + (remaining.size() == 1 ? " " : "s ")
                        + String.join(" ", remaining) + ".");
            }
        }

        /** A positional: anything but an option; {@code -1} (a relative downgrade target) is a positional. */
        private int firstPositional() {
            for (int i = 0; i < remaining.size(); i++) {
                String a = remaining.get(i);
                if (!a.startsWith("-") || a.matches("-\\d+")) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** A command line that does not fit the verb. */
    private static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
