package dev.migrate.cli;

import dev.migrate.command.RevisionInfo;
import dev.migrate.command.RevisionState;
import dev.migrate.command.RevisionStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code migrate upgrade TARGET}: applies revisions up to a target. */
@Command(name = "upgrade", description = "Upgrade the database to a later revision.")
final class UpgradeCommand extends RunVerb {

    @Parameters(paramLabel = "TARGET", description = "heads, head, a revision (or unique prefix), label@head, +N, "
            + "rev+N; with --sql also a range FROM:TO.")
    String target;

    @Option(names = "--accept-checksums", description = "Accept changed checksums of applied scripts "
            + "(recording the new ones) instead of failing.")
    boolean acceptChecksums;

    @Override
    int run(Session session) {
        if (sql) {
            if (acceptChecksums) {
                throw new UsageException("--accept-checksums does not apply to --sql (no database is read); "
                        + "leave one of them out");
            }
            printSql(session.offline().upgradeSql(target));
            return Errors.OK;
        }
        if (target.contains(":")) {
            throw new UsageException("A range ('" + target + "') is only allowed with --sql; to upgrade the database "
                    + "give one target, such as '" + target.substring(target.indexOf(':') + 1) + "'");
        }
        if (acceptChecksums) {
            for (RevisionStatus s : session.connected().status().revisions()) {
                if (s.state() == RevisionState.CHECKSUM_CHANGED) {
                    out().println("Accepting the changed checksum of " + s.id() + " ("
                            + s.revision().map(r -> env().displaySource(r.source())).orElse("?") + "): "
                            + s.appliedChecksum() + " -> "
                            + s.revision().map(RevisionInfo::checksum).orElse("?"));
                }
            }
        }
        return runOnline(session, b -> b.acceptChecksums(acceptChecksums), m -> m.upgrade(target), "Upgraded to",
                "nothing to upgrade");
    }
}
