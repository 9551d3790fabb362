package dev.migrate.graph;

import java.util.List;

/** Revisions follow one another in a loop, through down revisions or depends-on. */
public final class CycleException extends GraphValidationException {

    private final List<List<String>> cycles;

    CycleException(List<List<String>> cycles, List<String> problems) {
        super(problems);
        this.cycles = cycles.stream().map(List::copyOf).toList();
    }

    /** For each cycle, every revision on it, in load order. */
    public List<List<String>> cycles() {
        return cycles;
    }
}
