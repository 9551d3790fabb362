package dev.migrate.runtime;

import dev.migrate.history.StatementExecutor;
import dev.migrate.history.VersionTable;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a step's version rows before and after into the fewest statements: an update for each row
 * that moves, a delete for each branch that ends (a merge), an insert for each branch that starts.
 */
final class RowChanges {

    private RowChanges() {
    }

    static void apply(VersionTable table, StatementExecutor executor, List<String> before, List<String> after)
            throws SQLException {
        List<String> removed = new ArrayList<>(before);
        removed.removeAll(after);
        List<String> added = new ArrayList<>(after);
        added.removeAll(before);
        int moves = Math.min(removed.size(), added.size());
        for (int i = moves; i < removed.size(); i++) {
            table.delete(executor, removed.get(i));
        }
        for (int i = 0; i < moves; i++) {
            table.update(executor, removed.get(i), added.get(i));
        }
        for (int i = moves; i < added.size(); i++) {
            table.insert(executor, added.get(i));
        }
    }

    /** Rows for messages: {@code a1, b2}, or {@code base (no version rows)}. */
    static String describe(List<String> rows) {
        return rows.isEmpty() ? "base (no version rows)" : String.join(", ", rows);
    }
}
