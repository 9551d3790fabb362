package dev.migrate.history;

import java.util.Locale;
import java.util.regex.Pattern;

/** The few differences between databases that the version table and the history log care about. */
enum Flavor {
    POSTGRESQL, SQLITE;

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");

    static Flavor of(String dialectName) {
        String name = dialectName == null ? "" : dialectName.toLowerCase(Locale.ROOT);
        if (name.startsWith("postgres")) {
            return POSTGRESQL;
        }
        if (name.startsWith("sqlite")) {
            return SQLITE;
        }
        throw new IllegalArgumentException("The version table and history log support the dialects postgresql and "
                + "sqlite, not '" + dialectName + "'");
    }

    /** An identifier as SQL text: as is when plain lower case, double-quoted otherwise. */
    String identifier(String name) {
        return PLAIN.matcher(name).matches() ? name : '"' + name.replace("\"", "\"\"") + '"';
    }

    /** A table name, schema-qualified when a schema is given. */
    String table(String schema, String name) {
        return schema == null ? identifier(name) : identifier(schema) + "." + identifier(name);
    }

    /** A string literal, or {@code NULL}. */
    String literal(String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }

    String literal(boolean value) {
        return this == SQLITE ? (value ? "1" : "0") : (value ? "TRUE" : "FALSE");
    }
}
