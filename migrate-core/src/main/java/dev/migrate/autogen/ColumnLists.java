package dev.migrate.autogen;

import java.util.List;

/** Column lists compare in order, names ignoring case (SQLite and unquoted names fold case). */
final class ColumnLists {

    private ColumnLists() {
    }

    static boolean same(List<String> a, List<String> b) {
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
