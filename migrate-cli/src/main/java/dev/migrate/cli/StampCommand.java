package dev.migrate.cli;

import dev.migrate.command.RunResult;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code migrate stamp REV...}: sets the version rows without running scripts. */
@Command(name = "stamp", description = "Set the database's revision(s) without running any migration.")
final class StampCommand extends RunVerb {

    @Parameters(paramLabel = "REV", arity = "1..*", description = "The revisions to stamp: heads, base, ids; with "
            + "--sql FROM:TO.")
    List<String> revisions;

    @Option(names = "--purge", description = "Delete every version row first (for rows that no script declares).")
    boolean purge;

    @Override
    int run(Session session) {
        if (sql) {
            printSql(session.offline().stampSql(revisions, purge));
            return Errors.OK;
        }
        RunResult result = session.connected().stamp(revisions, purge);
        out().println("Stamped " + RevisionFormat.rows(result.toRows()) + " (was "
                + RevisionFormat.rows(result.fromRows()) + ")");
        return Errors.OK;
    }
}
