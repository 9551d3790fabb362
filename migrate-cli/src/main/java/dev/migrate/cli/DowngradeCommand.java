package dev.migrate.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code migrate downgrade TARGET}: reverts revisions down to a target. */
@Command(name = "downgrade", description = "Revert the database to an earlier revision.")
final class DowngradeCommand extends RunVerb {

    @Parameters(paramLabel = "TARGET", description = "base, a revision (or unique prefix), -N, label@-N; "
            + "with --sql a range FROM:TO.")
    String target;

    @Override
    int run(Session session) {
        if (sql) {
            if (!target.contains(":")) {
                throw new UsageException("downgrade --sql needs a range FROM:TO, because it cannot read where the "
                        + "database is: for example 'downgrade --sql " + "head:" + target + "'");
            }
            printSql(session.offline().downgradeSql(target));
            return Errors.OK;
        }
        if (target.contains(":")) {
            throw new UsageException("A range ('" + target + "') is only allowed with --sql; to downgrade the "
                    + "database give one target, such as '" + target.substring(target.indexOf(':') + 1) + "'");
        }
        return runOnline(session, b -> { }, m -> m.downgrade(target), "Downgraded to", "nothing to downgrade");
    }
}
