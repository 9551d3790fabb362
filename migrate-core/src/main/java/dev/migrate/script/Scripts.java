package dev.migrate.script;

import dev.migrate.graph.Revision;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scripts found in the migration locations, one per revision id, in a fixed order: by file name, then by
 * location. Feed {@link #revisions()} to the revision graph.
 */
public final class Scripts implements Iterable<Script> {

    private static final Comparator<Script> ORDER = Comparator.comparing(Script::fileName)
            .thenComparing(Script::location);

    private final List<Script> scripts;
    private final Map<String, Script> byId;

    private Scripts(List<Script> scripts, Map<String, Script> byId) {
        this.scripts = scripts;
        this.byId = byId;
    }

    /**
     * Orders {@code scripts} and checks that no two declare the same revision.
     *
     * @throws DuplicateRevisionException naming both scripts of a revision declared twice
     */
    public static Scripts of(Collection<? extends Script> scripts) {
        List<Script> sorted = new ArrayList<>(scripts);
        sorted.sort(ORDER);
        Map<String, Script> byId = new LinkedHashMap<>();
        for (Script s : sorted) {
            Script first = byId.putIfAbsent(s.id(), s);
            if (first != null) {
                String a = first.location();
                String b = s.location();
                if (a.equals(b) && first instanceof SqlScript fa && s instanceof SqlScript sb) {
                    a = a + " (" + fa.origin() + ")";
                    b = b + " (" + sb.origin() + ")";
                }
                throw new DuplicateRevisionException(s.id(), a, b);
            }
        }
        return new Scripts(List.copyOf(sorted), byId);
    }

    /** All scripts, in order. */
    public List<Script> all() {
        return scripts;
    }

    /** The revisions the scripts declare, in the same order. */
    public List<Revision> revisions() {
        return scripts.stream().map(Script::revision).toList();
    }

    /** The script of revision {@code id}, if there is one. */
    public Optional<Script> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The script of revision {@code id}.
     *
     * @throws ScriptException when no script declares it
     */
    public Script get(String id) {
        Script s = byId.get(id);
        if (s == null) {
            throw new ScriptException("No script declares revision '" + id + "' (" + scripts.size()
                    + " scripts loaded); check the id and the migration locations.");
        }
        return s;
    }

    /** How many scripts there are. */
    public int size() {
        return scripts.size();
    }

    @Override
    public Iterator<Script> iterator() {
        return scripts.iterator();
    }
}
