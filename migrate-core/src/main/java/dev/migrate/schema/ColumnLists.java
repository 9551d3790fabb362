package dev.migrate.schema;

import java.util.List;

/** Column lists compare in order, names ignoring case (SQLite and unquoted names fold case). */
public final class ColumnLists {

    private ColumnLists() {
    }

    /** Whether {@code a} and {@code b} name the same columns in the same order, ignoring case. */
    public static boolean same(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equalsIgnoreCase(b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
