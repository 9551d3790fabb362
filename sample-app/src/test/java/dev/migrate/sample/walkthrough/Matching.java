package dev.migrate.sample.walkthrough;

import java.util.List;

/** Whether output lines match the page's lines, where a page line {@code ...} stands for any number of lines. */
final class Matching {

    static final String ANY = "...";

    private Matching() {
    }

    static boolean matches(List<String> expected, List<String> actual) {
        return matches(expected, 0, actual, 0);
    }

    private static boolean matches(List<String> expected, int e, List<String> actual, int a) {
        while (e < expected.size()) {
            if (expected.get(e).equals(ANY)) {
                for (int skip = a; skip <= actual.size(); skip++) {
                    if (matches(expected, e + 1, actual, skip)) {
                        return true;
                    }
                }
                return false;
            }
            if (a >= actual.size() || !expected.get(e).equals(actual.get(a))) {
                return false;
            }
            e++;
            a++;
        }
        return a == actual.size();
    }
}
