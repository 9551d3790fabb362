package dev.migrate.autogen;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finding schema objects by name: the exact name first, then the only one equal ignoring case. */
final class Names {

    private Names() {
    }

    static <T> Optional<T> find(List<T> items, Function<T, String> name, String wanted) {
        if (wanted == null) {
            return Optional.empty();
        }
        for (T item : items) {
            if (wanted.equals(name.apply(item))) {
                return Optional.of(item);
            }
        }
        List<T> folded = items.stream().filter(i -> wanted.equalsIgnoreCase(name.apply(i))).toList();
        return folded.size() == 1 ? Optional.of(folded.get(0)) : Optional.empty();
    }

    /** {@code (a, b)}, for messages. */
    static String columns(List<String> columns) {
        return columns.stream().collect(Collectors.joining(", ", "(", ")"));
    }
}
