package dev.migrate.runtime;

import java.util.Locale;

/** The databases whose transactions and locks the runner treats specially. */
enum DatabaseKind {
    POSTGRESQL, SQLITE, OTHER;

    static DatabaseKind of(String dialectName) {
        String name = dialectName == null ? "" : dialectName.toLowerCase(Locale.ROOT);
        if (name.startsWith("postgres")) {
            return POSTGRESQL;
        }
        if (name.startsWith("sqlite")) {
            return SQLITE;
        }
        return OTHER;
    }
}
