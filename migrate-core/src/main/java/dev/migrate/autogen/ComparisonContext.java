package dev.migrate.autogen;

import java.util.ArrayList;
import java.util.List;

/** What every comparator sees: the database's rules, the options, and where differences go. */
final class ComparisonContext {

    private final DialectRules rules;
    private final CompareOptions options;
    private final List<Difference> differences = new ArrayList<>();

    ComparisonContext(DialectRules rules, CompareOptions options) {
        this.rules = rules;
        this.options = options;
    }

    DialectRules rules() {
        return rules;
    }

    CompareOptions options() {
        return options;
    }

    void add(Difference difference) {
        differences.add(difference);
    }

    List<Difference> differences() {
        return differences;
    }
}
