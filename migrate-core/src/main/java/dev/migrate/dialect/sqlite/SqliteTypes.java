package dev.migrate.dialect.sqlite;

import dev.migrate.schema.SqlType;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SQLite's names for the portable types, the way back from a declared type, and type affinity. */
final class SqliteTypes {

    /** SQLite's type affinities (sqlite.org/datatype3.html, section 3.1). */
    enum Affinity { INTEGER, TEXT, BLOB, REAL, NUMERIC }

    private static final Pattern SIZED = Pattern.compile("(VARCHAR|CHAR|NUMERIC)\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)");

    private SqliteTypes() {
    }

    /** The declared type SQLite gets for {@code type}: the portable name itself, so it reads back unchanged. */
    static String name(SqlType type) {
        if (type instanceof SqlType.Raw r) {
            return r.sqlFor(SqliteDialect.NAME);
        }
        return type.toString();
    }

    /**
     * The portable type of a declared SQLite type, when the declaration is exactly the name this
     * dialect writes for one; otherwise the declaration as a raw type, so that a rebuild writes it
     * back unchanged (an {@code INT PRIMARY KEY} must not become an {@code INTEGER PRIMARY KEY}).
     */
    static SqlType parse(String declared) {
        String d = declared == null ? "" : declared.strip();
        String upper = d.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (SqlType.Basic b : SqlType.Basic.values()) {
            if (b.toString().equals(upper)) {
                return b;
            }
        }
        if (upper.equals("NUMERIC")) {
            return SqlType.NUMERIC;
        }
        Matcher m = SIZED.matcher(upper);
        if (m.matches() && upper.equals(canonical(m))) {
            int a = Integer.parseInt(m.group(2));
            switch (m.group(1)) {
                case "VARCHAR" -> {
                    return m.group(3) == null && a > 0 ? SqlType.VARCHAR(a) : SqlType.raw(d);
                }
                case "CHAR" -> {
                    return m.group(3) == null && a > 0 ? SqlType.CHAR(a) : SqlType.raw(d);
                }
                default -> {
                    if (m.group(3) != null) {
                        int s = Integer.parseInt(m.group(3));
                        if (a >= 1 && s <= a) {
                            return SqlType.NUMERIC(a, s);
                        }
                    }
                    return SqlType.raw(d);
                }
            }
        }
        return SqlType.raw(d);
    }

    private static String canonical(Matcher m) {
        return m.group(1) + "(" + m.group(2) + (m.group(3) == null ? "" : ", " + m.group(3)) + ")";
    }

    /** The affinity of a declared type, by SQLite's rules. */
    static Affinity affinity(String declared) {
        String d = declared == null ? "" : declared.toUpperCase(Locale.ROOT);
        if (d.contains("INT")) {
            return Affinity.INTEGER;
        }
        if (d.contains("CHAR") || d.contains("CLOB") || d.contains("TEXT")) {
            return Affinity.TEXT;
        }
        if (d.contains("BLOB") || d.isBlank()) {
            return Affinity.BLOB;
        }
        if (d.contains("REAL") || d.contains("FLOA") || d.contains("DOUB")) {
            return Affinity.REAL;
        }
        return Affinity.NUMERIC;
    }
}
