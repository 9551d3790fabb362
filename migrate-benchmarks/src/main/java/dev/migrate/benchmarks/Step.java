package dev.migrate.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * One migration of the generated chain, the same DDL for every tool: step {@code i} creates table
 * {@code t_i} and its downgrade drops it.
 */
record Step(int index, String upgradeSql, String downgradeSql, String message) {

    /** The chain 1..n. */
    static List<Step> chain(int n) {
        List<Step> steps = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            steps.add(new Step(i,
                    "CREATE TABLE t_" + i + " (id INTEGER PRIMARY KEY, name VARCHAR(100));",
                    "DROP TABLE t_" + i + ";",
                    "create t_" + i));
        }
        return steps;
    }

    /** The step's revision id for tools that name revisions by string, zero-padded to ten digits. */
    String revision() {
        return revision(index);
    }

    static String revision(int index) {
        return String.format("%010d", index);
    }
}
