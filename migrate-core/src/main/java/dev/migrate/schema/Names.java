package dev.migrate.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks on the names and name lists of schema objects. */
final class Names {

    private Names() {
    }

    static String require(String what, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(what + " needs a name");
        }
        return name;
    }

    static List<String> columns(String what, List<String> columns) {
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one column");
        }
        Set<String> seen = new HashSet<>();
        List<String> copy = new ArrayList<>(columns.size());
        for (String c : columns) {
            require("a column of " + what, c);
            if (!seen.add(c)) {
                throw new IllegalArgumentException(what + " names column " + c + " twice");
            }
            copy.add(c);
        }
        return List.copyOf(copy);
    }
}
