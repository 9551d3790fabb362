package dev.migrate.cli;

import dev.migrate.command.RepairResult;
import picocli.CommandLine.Command;

/** {@code migrate repair}: accepts the changed checksums of applied scripts. */
@Command(name = "repair", description = "Accept the current checksums of applied scripts that were edited "
        + "since (each logged as a repair); run it once you have checked the edits are harmless.")
final class RepairCommand extends Verb {

    @Override
    int run(Session session) {
        RepairResult result = session.connected().repairChecksums();
        if (result.repaired().isEmpty()) {
            out().println("Nothing to repair: every applied script matches the checksum logged when it was applied");
            return Errors.OK;
        }
        for (RepairResult.Repaired r : result.repaired()) {
            out().println("Accepted the new checksum of " + r.revision() + " ("
                    + env().displaySource(r.source()) + "): " + r.oldChecksum() + " -> " + r.newChecksum());
        }
        return Errors.OK;
    }
}
