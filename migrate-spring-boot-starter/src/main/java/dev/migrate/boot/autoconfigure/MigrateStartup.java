package dev.migrate.boot.autoconfigure;

import dev.migrate.boot.StartupMigration;
import dev.migrate.command.Migrator;
import dev.migrate.command.RevisionState;
import dev.migrate.command.RevisionStatus;
import dev.migrate.command.RunResult;
import dev.migrate.command.StatusResult;
import dev.migrate.runtime.DatabaseAheadException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work done with the database at startup: upgrade, validate, or debug mode's create-all. Run
 * once, by the {@link MigrateStartupRunner} or the {@link MigrateInitializer}; logs one line that
 * tells what happened and records it in the {@link StartupMigration}.
 */
final class MigrateStartup {

    private static final Logger logger = LoggerFactory.getLogger(MigrateStartup.class);

    private final Migrator migrator;
    private final MigrateProperties properties;
    private final StartupMigration state;
    private final DebugDatabase debug;
    private final String fallbackWarning;

    /**
     * @param debug           debug mode's work, or {@code null} to migrate
     * @param fallbackWarning logged before migrating when debug mode was asked for but cannot run, or {@code null}
     */
    MigrateStartup(Migrator migrator, MigrateProperties properties, StartupMigration state, DebugDatabase debug,
            String fallbackWarning) {
        this.migrator = migrator;
        this.properties = properties;
        this.state = state;
        this.debug = debug;
        this.fallbackWarning = fallbackWarning;
    }

    /** Runs the startup work once; later calls do nothing. */
    synchronized void run() {
        if (!state.inProgress()) {
            return;
        }
        state.running();
        try {
            if (fallbackWarning != null) {
                logger.warn(fallbackWarning);
            }
            String summary = debug != null ? debug.run()
                    : properties.getStartup() == MigrateProperties.Startup.VALIDATE ? validate() : upgrade();
            logger.info(summary);
            state.done(summary);
        } catch (RuntimeException | Error e) {
            state.failed(e);
            throw e;
        }
    }

    private String upgrade() {
        String target = properties.getTarget();
        RunResult result = migrator.upgrade(target);
        return describe(result, target, properties.getLocations());
    }

    /** The line that tells what an upgrade did. */
    static String describe(RunResult result, String target, List<String> locations) {
        if (result.upToDate()) {
            List<String> rows = result.toRows();
            if (rows.isEmpty()) {
                return "No revisions in " + String.join(", ", locations) + "; nothing to migrate";
            }
            boolean atHeads = target.equals("heads") || target.equals("head");
            return "Database at " + (atHeads ? "head" : "revision") + (rows.size() > 1 ? "s " : " ")
                    + String.join(", ", rows) + "; nothing to migrate";
        }
        int n = result.steps().size();
        return "Migrated from " + rows(result.fromRows()) + " to " + rows(result.toRows()) + ": " + n
                + (n == 1 ? " revision" : " revisions") + " in " + result.duration().toMillis() + " ms";
    }

    private String validate() {
        StatusResult status = migrator.status();
        List<String> unknown = status.revisions().stream().filter(r -> r.state() == RevisionState.UNKNOWN)
                .map(RevisionStatus::id).toList();
        if (!unknown.isEmpty()) {
            throw new DatabaseAheadException(status.versionTable(), status.currentRows(), unknown);
        }
        List<RevisionStatus> changed = status.revisions().stream()
                .filter(r -> r.state() == RevisionState.CHECKSUM_CHANGED).toList();
        if (!changed.isEmpty()) {
            throw new MigrateStartupException("Validation failed (migrate.startup=validate): "
                    + (changed.size() == 1 ? "the script of an applied revision changed" : "the scripts of "
                    + changed.size() + " applied revisions changed") + " since it was applied: "
                    + list(changed, true) + ".",
                    "Restore the applied scripts as they were (a new change belongs in a new revision), or, when "
                            + "the change is harmless, accept the new checksums with 'migrate repair' "
                            + "(Migrator.repairChecksums()).",
                    null);
        }
        List<RevisionStatus> pending = new ArrayList<>(status.pending());
        Collections.reverse(pending);
        if (!pending.isEmpty()) {
            throw new MigrateStartupException("Validation failed (migrate.startup=validate): " + pending.size()
                    + (pending.size() == 1 ? " revision is" : " revisions are") + " not applied to the database "
                    + "(at " + rows(status.currentRows()) + "): " + list(pending, false) + ".",
                    "Apply them with 'java -jar <app>.jar migrate upgrade' or the migrate command line, or start "
                            + "once with migrate.startup=upgrade.",
                    null);
        }
        return "Database at " + rows(status.currentRows()) + "; validated: nothing pending, no script changed";
    }

    private static String list(List<RevisionStatus> revisions, boolean withSource) {
        return revisions.stream().map(r -> r.id() + r.revision().map(info -> withSource
                ? " (" + info.source() + ")" : info.message().isEmpty() ? "" : " (" + info.message() + ")").orElse(""))
                .collect(Collectors.joining(", "));
    }

    static String rows(List<String> rows) {
        return rows.isEmpty() ? "base" : String.join(", ", rows);
    }
}
