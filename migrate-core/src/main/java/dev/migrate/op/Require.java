package dev.migrate.op;

/** Argument checks shared by the op records. */
final class Require {

    private Require() {
    }

    static String name(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " needs a name");
        }
        return value;
    }

    static <T> T present(String what, T value) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }
}
