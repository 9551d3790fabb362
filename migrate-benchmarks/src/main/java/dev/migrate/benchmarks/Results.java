package dev.migrate.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the run measured, by metric, database, N and tool; and what failed, in words. */
final class Results {

    /** Where one figure belongs. {@code n} is 0 for metrics without N (W4). */
    record Key(Metric metric, Dbms dbms, int n, String tool) {
    }

    private final Map<Key, Stats> stats = new LinkedHashMap<>();
    private final Map<Key, String> failures = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    void put(Key key, Stats value) {
        stats.put(key, value);
    }

    void fail(Key key, String message) {
        failures.put(key, message);
    }

    void note(String note) {
        notes.add(note);
    }

    Optional<Stats> get(Metric metric, Dbms dbms, int n, String tool) {
        return Optional.ofNullable(stats.get(new Key(metric, dbms, n, tool)));
    }

    Optional<String> failure(Metric metric, Dbms dbms, int n, String tool) {
        return Optional.ofNullable(failures.get(new Key(metric, dbms, n, tool)));
    }

    boolean has(Metric metric, Dbms dbms) {
        return stats.keySet().stream().anyMatch(k -> k.metric() == metric && k.dbms() == dbms)
                || failures.keySet().stream().anyMatch(k -> k.metric() == metric && k.dbms() == dbms);
    }

    Map<Key, String> failures() {
        return failures;
    }

    List<String> notes() {
        return notes;
    }
}
