package dev.migrate.cli;

import dev.migrate.command.HistoryResult;
import dev.migrate.command.RevisionState;
import dev.migrate.command.RevisionStatus;
import dev.migrate.history.Action;
import dev.migrate.history.HistoryEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code migrate history}: the revisions, newest first. */
@Command(name = "history", description = "List the revisions, newest first.")
final class HistoryCommand extends Verb {

    @Option(names = {"-r", "--rev-range"}, paramLabel = "RANGE",
            description = "Only revisions in START:END, START: or :END (current may stand for either end).")
    String range;

    @Option(names = {"-i", "--indicate-current"},
            description = "Mark the database's current revision(s) with (current); needs a database.")
    boolean indicateCurrent;

    @Option(names = "--json", description = "Print JSON (with each revision's state when a database is read).")
    boolean json;

    @Override
    int run(Session session) {
        String r = range == null ? "" : range.strip();
        if (!r.isEmpty() && !r.contains(":")) {
            throw new UsageException("The history range '" + r + "' needs a colon: write START:END, START: or :END, "
                    + "for example -r " + r + ":");
        }
        boolean readDatabase = indicateCurrent || r.contains("current");
        boolean verbose = options().verbose;
        HistoryResult history = (readDatabase ? session.connected() : session.scripts()).history(r, verbose);
        GraphView graph = session.graph();
        boolean marks = indicateCurrent && history.databaseRead();
        if (json) {
            JsonViews views = new JsonViews(graph);
            List<Map<String, Object>> revisions = new ArrayList<>();
            for (RevisionStatus s : history.revisions()) {
                revisions.add(views.status(s, history.databaseRead(), verbose));
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("range", r);
            doc.put("databaseRead", history.databaseRead());
            doc.put("revisions", revisions);
            out().println(Json.write(doc));
            return Errors.OK;
        }
        RevisionFormat format = new RevisionFormat(graph, env()::displaySource);
        for (RevisionStatus s : history.revisions()) {
            if (s.revision().isEmpty()) {
                out().println(s.id() + (s.current() ? " (current)" : "") + ", unknown: no script declares it");
                continue;
            }
            boolean current = marks && s.current();
            out().println(verbose ? format.entry(s.revision().get(), current, details(s, history.databaseRead()))
                    : format.line(s.revision().get(), RevisionFormat.Parts.HISTORY, current));
        }
        return Errors.OK;
    }

    /** The lines verbose history adds when the database was read: the state and the log. */
    static List<String> details(RevisionStatus s, boolean databaseRead) {
        List<String> lines = new ArrayList<>();
        if (!databaseRead) {
            return lines;
        }
        String state = s.state().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (s.state() == RevisionState.CHECKSUM_CHANGED) {
            state += " (applied with checksum " + s.appliedChecksum() + ", the script's is now "
                    + s.revision().map(i -> i.checksum()).orElse("unknown") + ")";
        }
        lines.add("State: " + state);
        for (HistoryEntry e : s.log()) {
            lines.add("Log: " + logLine(e));
        }
        return lines;
    }

    /**
     * {@code 2025-06-01T10:00:00Z upgrade <base> -> a1 by app on host1 (12 ms)}; for a failed attempt
     * {@code 2025-06-01T10:00:00Z upgrade failed by app on host1 (3 ms): <first line of the error>}; for a repair
     * {@code 2025-06-01T10:00:00Z repair: accepted checksum crc32c:… by app on host1}.
     */
    static String logLine(HistoryEntry e) {
        StringBuilder line = new StringBuilder().append(e.startedAt()).append(' ').append(e.action().value());
        if (e.action() == Action.REPAIR) {
            line.append(": accepted checksum ").append(e.checksum());
        } else if (e.success()) {
            line.append(' ').append(RevisionFormat.rows(e.fromRows())).append(" -> ")
                    .append(RevisionFormat.rows(e.toRows()));
        } else {
            line.append(" failed");
        }
        if (e.user() != null) {
            line.append(" by ").append(e.user());
        }
        if (e.host() != null) {
            line.append(" on ").append(e.host());
        }
        if (e.duration() != null) {
            line.append(" (").append(e.duration().toMillis()).append(" ms)");
        }
        if (!e.success() && e.error() != null) {
            line.append(": ").append(e.error().lines().findFirst().orElse(""));
        }
        return line.toString();
    }
}
