package dev.migrate.command;

import dev.migrate.dialect.Dialect;
import dev.migrate.graph.Revision;
import dev.migrate.history.HistoryEntry;
import dev.migrate.history.HistoryLog;
import dev.migrate.jdbc.DatabaseException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The read-only commands: current, history, status, heads, branches, show; they share one {@link CatalogCache}. */
final class Inspector {

    private final Database database;
    private final CatalogCache catalogs;

    Inspector(MigrateConfig config, Database database) {
        this.database = database;
        this.catalogs = new CatalogCache(config);
    }

    CurrentResult current() {
        Catalog catalog = catalogs.catalog();
        State state = read(catalog, "current");
        return new CurrentResult(state.versionTable, state.rows.stream().map(r -> new CurrentResult.Row(r,
                catalog.migrations().graph().find(r).map(catalog::info))).toList());
    }

    HistoryResult history(String range, boolean verbose) {
        Catalog catalog = catalogs.catalog();
        String lower = null;
        String upper = null;
        String given = range == null ? "" : range.strip();
        if (!given.isEmpty()) {
            int colon = given.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("The history range '" + given + "' needs a colon: write "
                        + "<start>:<end>, <start>: or :<end> (for example current: or :heads).");
            }
            lower = given.substring(0, colon).strip();
            upper = given.substring(colon + 1).strip();
        }
        boolean usesCurrent = "current".equals(lower) || "current".equals(upper);
        if (!database.configured() && usesCurrent) {
            throw new IllegalStateException("The history range '" + given + "' uses 'current', which needs a "
                    + "database, and none is configured: give a JDBC URL or a data source.");
        }
        State state = database.configured() ? read(catalog, "history") : State.notRead();
        List<Revision> revisions = catalog.migrations().graph().walk(emptyToNull(lower), emptyToNull(upper),
                state.rows);
        List<RevisionStatus> statuses = new ArrayList<>();
        for (Revision r : revisions) {
            statuses.add(status(catalog, state, r, verbose));
        }
        return new HistoryResult(given, state.read, statuses);
    }

    StatusResult status() {
        Catalog catalog = catalogs.catalog();
        State state = read(catalog, "status");
        List<Revision> order = new ArrayList<>(catalog.migrations().graph().topologicalOrder());
        Collections.reverse(order);
        List<RevisionStatus> statuses = new ArrayList<>();
        for (Revision r : order) {
            statuses.add(status(catalog, state, r, true));
        }
        for (String unknown : catalog.migrations().unknown(state.rows)) {
            statuses.add(new RevisionStatus(unknown, Optional.empty(), RevisionState.UNKNOWN, true, null,
                    state.log.getOrDefault(unknown, List.of())));
        }
        return new StatusResult(state.versionTable, state.rows, statuses);
    }

    List<RevisionInfo> heads() {
        Catalog catalog = catalogs.catalog();
        return catalog.migrations().graph().heads().stream().map(catalog::info).toList();
    }

    List<RevisionInfo> branches() {
        Catalog catalog = catalogs.catalog();
        return catalog.migrations().graph().branchPoints().stream().map(catalog::info).toList();
    }

    RevisionInfo show(String revision) {
        Catalog catalog = catalogs.catalog();
        List<Revision> named = catalog.migrations().graph().resolve(revision == null ? "" : revision.strip());
        if (named.size() != 1) {
            throw new IllegalArgumentException("'" + revision + "' names " + (named.isEmpty() ? "no revision (base)"
                    : named.size() + " revisions (" + String.join(", ", named.stream().map(Revision::id).toList())
                    + ")") + "; show takes one revision: give its id.");
        }
        return catalog.info(named.get(0));
    }

    private RevisionStatus status(Catalog catalog, State state, Revision r, boolean withLog) {
        RevisionInfo info = catalog.info(r);
        String logged = state.checksums.get(r.id());
        RevisionState s;
        if (!state.read || !state.applied.contains(r.id())) {
            s = RevisionState.PENDING;
        } else if (logged != null && info.checksum() != null && !logged.equals(info.checksum())) {
            s = RevisionState.CHECKSUM_CHANGED;
        } else {
            s = state.rows.contains(r.id()) ? RevisionState.CURRENT : RevisionState.APPLIED;
        }
        return new RevisionStatus(r.id(), Optional.of(info), s, state.rows.contains(r.id()), logged,
                withLog ? state.log.getOrDefault(r.id(), List.of()) : List.of());
    }

    private State read(Catalog catalog, String command) {
        try (Connection c = database.open(command)) {
            Dialect dialect = database.dialect(c);
            List<String> rows = database.versionTable(dialect).read(c);
            HistoryLog log = database.historyLog(dialect);
            List<HistoryEntry> entries = log.read(c);
            Map<String, List<HistoryEntry>> byRevision = new LinkedHashMap<>();
            for (HistoryEntry e : entries) {
                for (String id : e.revision().split(",")) {
                    byRevision.computeIfAbsent(id, k -> new ArrayList<>()).add(e);
                }
            }
            return new State(true, database.versionTable(dialect).displayName(), rows,
                    catalog.migrations().applied(rows), HistoryLog.appliedChecksums(entries), byRevision);
        } catch (SQLException e) {
            throw new DatabaseException("read the version table and history log for '" + command + "'", null, null,
                    e);
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** What the database says. */
    private record State(boolean read, String versionTable, List<String> rows, Set<String> applied,
            Map<String, String> checksums, Map<String, List<HistoryEntry>> log) {
        static State notRead() {
            return new State(false, "", List.of(), Set.of(), Map.of(), Map.of());
        }
    }
}
