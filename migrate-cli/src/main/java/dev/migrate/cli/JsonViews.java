package dev.migrate.cli;

import dev.migrate.command.RevisionInfo;
import dev.migrate.command.RevisionStatus;
import dev.migrate.history.HistoryEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** The objects of the {@code --json} output; the keys and their order are part of the CLI's promise. */
final class JsonViews {

    private final GraphView graph;

    JsonViews(GraphView graph) {
        this.graph = graph;
    }

    /** A revision: its place in the graph, its script, and the markers of the text output. */
    Map<String, Object> revision(RevisionInfo r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("downRevisions", r.downRevisions());
        m.put("nextRevisions", graph.children(r.id()));
        m.put("dependsOn", r.dependsOn());
        m.put("branchLabels", List.copyOf(new TreeSet<>(r.branchLabels())));
        m.put("message", r.message());
        m.put("source", r.source());
        m.put("head", graph.realHead(r.id()));
        m.put("effectiveHead", graph.effectiveHead(r.id()));
        m.put("branchPoint", graph.branchPoint(r.id()));
        m.put("mergePoint", r.merge());
        m.put("base", r.base());
        m.put("transactional", r.transactional());
        m.put("checksum", r.checksum());
        return m;
    }

    /** A revision of {@code history}: the revision (or only its id when unknown), and its state when read. */
    Map<String, Object> status(RevisionStatus s, boolean databaseRead, boolean withLog) {
        Map<String, Object> m = s.revision().map(this::revision).orElseGet(() -> unknown(s.id()));
        if (databaseRead) {
            m.put("state", s.state().name().toLowerCase(Locale.ROOT));
            m.put("current", s.current());
            m.put("appliedChecksum", s.appliedChecksum());
            if (withLog) {
                m.put("log", s.log().stream().map(JsonViews::entry).toList());
            }
        }
        return m;
    }

    /** A version row that no script declares. */
    static Map<String, Object> unknown(String id) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("known", false);
        return m;
    }

    /** A history-log entry. */
    static Map<String, Object> entry(HistoryEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("revision", e.revision());
        m.put("action", e.action().value());
        m.put("fromRows", e.fromRows());
        m.put("toRows", e.toRows());
        m.put("checksum", e.checksum());
        m.put("transactional", e.transactional());
        m.put("user", e.user());
        m.put("host", e.host());
        m.put("startedAt", e.startedAt().toString());
        m.put("durationMs", e.duration() == null ? null : e.duration().toMillis());
        m.put("success", e.success());
        m.put("error", e.error());
        return m;
    }

    /** One object with one key. */
    static Map<String, Object> of(String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(key, value);
        return m;
    }
}
