package dev.migrate.boot.actuate;

import dev.migrate.boot.StartupMigration;
import dev.migrate.command.Migrator;
import dev.migrate.command.RevisionInfo;
import dev.migrate.command.RevisionState;
import dev.migrate.command.RevisionStatus;
import dev.migrate.command.StatusResult;
import dev.migrate.history.HistoryEntry;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The {@code migrations} health indicator. {@code UP} when the database is at the scripts' heads;
 * {@code OUT_OF_SERVICE} while the startup migration runs or when revisions are pending; {@code DOWN}
 * when the last run failed, the database is ahead of the code (a version row no script declares),
 * or an applied script changed.
 */
public class MigrationsHealthIndicator extends AbstractHealthIndicator {

    private final Migrator migrator;
    private final StartupMigration startup;

    /**
     * @param migrator the migrator whose database is checked
     * @param startup  what the application does at startup
     */
    public MigrationsHealthIndicator(Migrator migrator, StartupMigration startup) {
        super("Migrate could not read the state of the database");
        this.migrator = migrator;
        this.startup = startup;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.withDetail("mode", startup.mode().value());
        if (startup.inProgress()) {
            builder.outOfService().withDetail("reason", "the database is being migrated at startup");
            return;
        }
        StatusResult status = migrator.status();
        builder.withDetail("current", status.currentRows())
                .withDetail("heads", status.revisions().stream()
                        .filter(r -> r.revision().map(RevisionInfo::head).orElse(false)).map(RevisionStatus::id)
                        .toList());
        List<String> unknown = ids(status, RevisionState.UNKNOWN);
        List<String> changed = ids(status, RevisionState.CHECKSUM_CHANGED);
        List<String> pending = MigrationsEndpoint.pending(status);
        Optional<HistoryEntry> last = status.revisions().stream().flatMap(r -> r.log().stream())
                .max(Comparator.comparingLong(HistoryEntry::id));
        if (!unknown.isEmpty()) {
            builder.down().withDetail("reason", "the database is ahead of the code: no script declares "
                    + String.join(", ", unknown));
        } else if (last.isPresent() && !last.get().success()) {
            builder.down().withDetail("reason", "the last run failed: " + last.get().action().value() + " "
                    + last.get().revision() + ": " + last.get().error());
        } else if (!changed.isEmpty()) {
            builder.down().withDetail("reason", "applied scripts changed since they were applied: "
                    + String.join(", ", changed));
        } else if (!pending.isEmpty()) {
            builder.outOfService().withDetail("reason", pending.size() + (pending.size() == 1 ? " revision" : " revisions")
                    + " pending");
        } else {
            builder.up();
        }
        builder.withDetail("pending", pending);
    }

    private static List<String> ids(StatusResult status, RevisionState state) {
        return status.revisions().stream().filter(r -> r.state() == state).map(RevisionStatus::id).toList();
    }
}
