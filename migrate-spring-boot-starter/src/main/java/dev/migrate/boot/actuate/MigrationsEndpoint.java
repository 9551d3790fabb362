package dev.migrate.boot.actuate;

import dev.migrate.boot.StartupMigration;
import dev.migrate.command.ConnectionSource;
import dev.migrate.command.Migrator;
import dev.migrate.command.RevisionInfo;
import dev.migrate.command.RevisionState;
import dev.migrate.command.RevisionStatus;
import dev.migrate.command.StatusResult;
import dev.migrate.history.HistoryEntry;
import dev.migrate.jdbc.MaskedUrl;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;

/**
 * The {@code migrations} Actuator endpoint: the database's revisions as Migrate sees them, and the
 * history log. Read-only. {@code /actuator/migrations/{revision}} shows one revision (an id or a
 * unique prefix) in detail.
 */
@Endpoint(id = "migrations")
public class MigrationsEndpoint {

    private final Migrator migrator;
    private final StartupMigration startup;

    /**
     * @param migrator the migrator whose database and scripts are shown
     * @param startup  what the application did at startup
     */
    public MigrationsEndpoint(Migrator migrator, StartupMigration startup) {
        this.migrator = migrator;
        this.startup = startup;
    }

    /** Everything: mode, current revisions, heads, every revision with its state, the history log. */
    @ReadOperation
    public MigrationsDescriptor migrations() {
        StatusResult status = migrator.status();
        List<RevisionDescriptor> revisions = status.revisions().stream().map(RevisionDescriptor::of).toList();
        List<String> heads = status.revisions().stream()
                .filter(r -> r.revision().map(RevisionInfo::head).orElse(false)).map(RevisionStatus::id).toList();
        List<String> pending = pending(status);
        return new MigrationsDescriptor(startup.mode().value(), StartupDescriptor.of(startup), database(),
                status.versionTable(), status.currentRows(), heads, status.upToDate(), pending, revisions,
                history(status));
    }

    /** One revision, by id or unique prefix, with its history entries; {@code null} (404) when none matches. */
    @ReadOperation
    public RevisionDetailsDescriptor revision(@Selector String revision) {
        StatusResult status = migrator.status();
        List<RevisionStatus> matches = status.revisions().stream().filter(r -> r.id().equals(revision)).toList();
        if (matches.isEmpty()) {
            matches = status.revisions().stream().filter(r -> r.id().startsWith(revision)).toList();
        }
        return matches.size() == 1 ? RevisionDetailsDescriptor.of(matches.get(0)) : null;
    }

    private String database() {
        ConnectionSource source = migrator.config().connection();
        if (source == null) {
            return null;
        }
        if (source.jdbcUrl().isPresent()) {
            return MaskedUrl.mask(source.jdbcUrl().get());
        }
        try (Connection connection = source.open()) {
            return MaskedUrl.mask(connection.getMetaData().getURL());
        } catch (SQLException e) {
            return null;
        }
    }

    /** The pending revisions in the order an upgrade applies them (the status lists them newest first). */
    static List<String> pending(StatusResult status) {
        List<String> pending = new ArrayList<>(status.pending().stream().map(RevisionStatus::id).toList());
        Collections.reverse(pending);
        return List.copyOf(pending);
    }

    /** Every history entry, newest first. */
    static List<HistoryEntryDescriptor> history(StatusResult status) {
        Map<Long, HistoryEntry> byId = new TreeMap<>(Comparator.reverseOrder());
        status.revisions().forEach(r -> r.log().forEach(e -> byId.putIfAbsent(e.id(), e)));
        return byId.values().stream().map(HistoryEntryDescriptor::of).toList();
    }

    static String stateName(RevisionState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The endpoint's answer.
     *
     * @param mode         {@code migrate}, or {@code debug} when tables are created from the declared schema
     * @param startup      what this instance did at startup
     * @param database     the database's JDBC URL, passwords masked
     * @param versionTable the version table
     * @param current      the version rows (the current revisions); empty at base
     * @param heads        the heads of the scripts
     * @param upToDate     whether nothing is pending, no checksum changed and no version row is unknown
     * @param pending      the revisions not applied yet, in the order an upgrade applies them
     * @param revisions    every revision, newest first, then version rows that no script declares
     * @param history      the history log, newest first
     */
    public record MigrationsDescriptor(String mode, StartupDescriptor startup, String database, String versionTable,
            List<String> current, List<String> heads, boolean upToDate, List<String> pending,
            List<RevisionDescriptor> revisions, List<HistoryEntryDescriptor> history) implements OperationResponseBody {

        public MigrationsDescriptor {
            current = List.copyOf(current);
            heads = List.copyOf(heads);
            pending = List.copyOf(pending);
            revisions = List.copyOf(revisions);
            history = List.copyOf(history);
        }
    }

    /**
     * What this instance did with its database at startup.
     *
     * @param phase   {@code pending}, {@code running}, {@code done}, {@code failed} or {@code skipped}
     * @param summary the line logged when it ended, or {@code null}
     */
    public record StartupDescriptor(String phase, String summary) {

        static StartupDescriptor of(StartupMigration startup) {
            return new StartupDescriptor(startup.phase().value(), startup.summary().orElse(null));
        }
    }

    /**
     * A revision and its state.
     *
     * @param id            the revision id
     * @param downRevisions its parents; empty for a base
     * @param message       its message, or {@code null} for a version row no script declares
     * @param branchLabels  its branch labels, sorted
     * @param state         {@code current}, {@code applied}, {@code pending}, {@code checksum-changed} or
     *                      {@code unknown} (a version row no script declares)
     * @param source        the script that declares it, or {@code null}
     */
    public record RevisionDescriptor(String id, List<String> downRevisions, String message, List<String> branchLabels,
            String state, String source) {

        public RevisionDescriptor {
            downRevisions = List.copyOf(downRevisions);
            branchLabels = List.copyOf(branchLabels);
        }

        static RevisionDescriptor of(RevisionStatus status) {
            RevisionInfo info = status.revision().orElse(null);
            return new RevisionDescriptor(status.id(), info == null ? List.of() : info.downRevisions(),
                    info == null ? null : info.message(), info == null ? List.of() : sorted(info), stateName(status.state()),
                    info == null ? null : info.source());
        }
    }

    /**
     * One revision in detail ({@code /actuator/migrations/{revision}}).
     *
     * @param id              the revision id
     * @param downRevisions   its parents
     * @param nextRevisions   its children
     * @param message         its message, or {@code null}
     * @param branchLabels    its branch labels, sorted
     * @param dependsOn       revisions it depends on without being their child
     * @param state           as in {@link RevisionDescriptor#state()}
     * @param source          the script that declares it, or {@code null}
     * @param transactional   whether it runs in a transaction
     * @param checksum        the script's checksum now, or {@code null} (Java migrations)
     * @param appliedChecksum the checksum logged when it was applied, or {@code null}
     * @param history         its history entries, newest first
     */
    public record RevisionDetailsDescriptor(String id, List<String> downRevisions, List<String> nextRevisions,
            String message, List<String> branchLabels, List<String> dependsOn, String state, String source,
            boolean transactional, String checksum, String appliedChecksum, List<HistoryEntryDescriptor> history)
            implements OperationResponseBody {

        public RevisionDetailsDescriptor {
            downRevisions = List.copyOf(downRevisions);
            nextRevisions = List.copyOf(nextRevisions);
            branchLabels = List.copyOf(branchLabels);
            dependsOn = List.copyOf(dependsOn);
            history = List.copyOf(history);
        }

        static RevisionDetailsDescriptor of(RevisionStatus status) {
            RevisionInfo info = status.revision().orElse(null);
            List<HistoryEntryDescriptor> history = status.log().stream()
                    .sorted(Comparator.comparingLong(HistoryEntry::id).reversed()).map(HistoryEntryDescriptor::of)
                    .toList();
            if (info == null) {
                return new RevisionDetailsDescriptor(status.id(), List.of(), List.of(), null, List.of(), List.of(),
                        stateName(status.state()), null, false, null, status.appliedChecksum(), history);
            }
            return new RevisionDetailsDescriptor(status.id(), info.downRevisions(), info.nextRevisions(),
                    info.message(), sorted(info), info.dependsOn(), stateName(status.state()), info.source(),
                    info.transactional(), info.checksum(), status.appliedChecksum(), history);
        }
    }

    /**
     * One entry of the history log.
     *
     * @param id         the entry's id, increasing
     * @param direction  {@code upgrade}, {@code downgrade}, {@code stamp} or {@code repair}
     * @param revision   the revision (comma separated for a stamp of several)
     * @param from       the version rows before
     * @param to         the version rows after
     * @param startedAt  when it started
     * @param durationMs how long it took in milliseconds, or {@code null} (written by an offline script)
     * @param success    whether it succeeded
     * @param user       the database user who ran it, or {@code null}
     * @param host       the host it ran on, or {@code null}
     * @param error      the error of a failed attempt, or {@code null}
     */
    public record HistoryEntryDescriptor(long id, String direction, String revision, List<String> from,
            List<String> to, Instant startedAt, Long durationMs, boolean success, String user, String host,
            String error) {

        public HistoryEntryDescriptor {
            from = List.copyOf(from);
            to = List.copyOf(to);
        }

        static HistoryEntryDescriptor of(HistoryEntry e) {
            return new HistoryEntryDescriptor(e.id(), e.action().value(), e.revision(), e.fromRows(), e.toRows(),
                    e.startedAt(), e.duration() == null ? null : e.duration().toMillis(), e.success(), e.user(),
                    e.host(), e.error());
        }
    }

    private static List<String> sorted(RevisionInfo info) {
        return info.branchLabels().stream().sorted().toList();
    }
}
