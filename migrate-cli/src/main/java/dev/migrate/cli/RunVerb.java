package dev.migrate.cli;

import dev.migrate.command.Migrator;
import dev.migrate.command.RunResult;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Option;

/** What {@code upgrade}, {@code downgrade} and {@code stamp} share: {@code --sql}, progress, the summary line. */
abstract class RunVerb extends Verb {

    @Option(names = "--sql", description = "Do not connect: print the SQL that would run (offline mode; "
            + "the dialect comes from --url or --dialect).")
    boolean sql;

    /** Prints offline SQL, ending with a newline. */
    void printSql(String text) {
        out().print(text.endsWith("\n") || text.isEmpty() ? text : text + "\n");
    }

    /** Runs against the database with progress output, then prints the summary. */
    int runOnline(Session session, Consumer<Migrator.Builder> extra, Function<Migrator, RunResult> run,
            String verbPast, String nothingToDo) {
        RunResult result;
        try (Progress progress = new Progress(out(), env().interactive(), session::graph)) {
            result = run.apply(session.connected(extra, progress));
        }
        if (result.upToDate()) {
            out().println("Already at " + RevisionFormat.rows(result.toRows()) + "; " + nothingToDo);
        } else {
            int n = result.steps().size();
            out().println(verbPast + " " + RevisionFormat.rows(result.toRows()) + " in " + n
                    + (n == 1 ? " step" : " steps") + " (" + result.duration().toMillis() + " ms)");
        }
        return Errors.OK;
    }
}
