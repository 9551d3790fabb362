package dev.migrate.schema;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A column type, portable across dialects; each dialect names it in its own SQL.
 *
 * <p>Use the constants and factories with a static import, so a schema reads like a schema:
 * {@code column("price", NUMERIC(10, 2))}. {@link #raw(String)} is the escape hatch for a type
 * that only one database knows.
 */
public sealed interface SqlType permits SqlType.Basic, SqlType.Varchar, SqlType.Char, SqlType.Numeric, SqlType.Raw {

    SqlType SMALLINT = Basic.SMALLINT;
    SqlType INTEGER = Basic.INTEGER;
    SqlType BIGINT = Basic.BIGINT;
    SqlType BOOLEAN = Basic.BOOLEAN;
    SqlType TEXT = Basic.TEXT;
    SqlType REAL = Basic.REAL;
    SqlType DOUBLE = Basic.DOUBLE;
    SqlType DATE = Basic.DATE;
    SqlType TIME = Basic.TIME;
    SqlType TIMESTAMP = Basic.TIMESTAMP;
    SqlType TIMESTAMP_WITH_TIME_ZONE = Basic.TIMESTAMP_WITH_TIME_ZONE;
    SqlType BLOB = Basic.BLOB;
    /** The same type as {@link #BLOB}, under PostgreSQL's name. */
    SqlType BYTEA = Basic.BLOB;
    SqlType UUID = Basic.UUID;
    SqlType JSON = Basic.JSON;
    /** A decimal number without declared precision. */
    SqlType NUMERIC = new Numeric(null, null);

    /** A string of at most {@code length} characters. */
    static SqlType VARCHAR(int length) {
        return new Varchar(length);
    }

    /** A string of exactly {@code length} characters. */
    static SqlType CHAR(int length) {
        return new Char(length);
    }

    /** A decimal number with {@code precision} digits, {@code scale} of them after the point. */
    static SqlType NUMERIC(int precision, int scale) {
        return new Numeric(precision, scale);
    }

    /** A decimal number with {@code precision} digits and no fraction. */
    static SqlType NUMERIC(int precision) {
        return new Numeric(precision, 0);
    }

    /** A type written as given on every dialect, for example {@code raw("CITEXT")}; see {@link Raw#on}. */
    static Raw raw(String sql) {
        return new Raw(sql, Map.of());
    }

    /**
     * Whether this is one of the integer types. (Not a default method on purpose: an interface with
     * default methods is initialized together with its implementing enum, and the constants above
     * would then read the enum's fields before they are set.)
     */
    boolean isInteger();

    /** The types without parameters. */
    enum Basic implements SqlType {
        SMALLINT, INTEGER, BIGINT, BOOLEAN, TEXT, REAL, DOUBLE, DATE, TIME, TIMESTAMP, TIMESTAMP_WITH_TIME_ZONE,
        BLOB, UUID, JSON;

        @Override
        public boolean isInteger() {
            return this == SMALLINT || this == INTEGER || this == BIGINT;
        }

        @Override
        public String toString() {
            return name().replace('_', ' ');
        }
    }

    /** {@code VARCHAR(length)}. */
    record Varchar(int length) implements SqlType {
        @Override
        public boolean isInteger() {
            return false;
        }

        public Varchar {
            if (length < 1) {
                throw new IllegalArgumentException("VARCHAR length must be at least 1, was " + length);
            }
        }

        @Override
        public String toString() {
            return "VARCHAR(" + length + ")";
        }
    }

    /** {@code CHAR(length)}. */
    record Char(int length) implements SqlType {
        @Override
        public boolean isInteger() {
            return false;
        }

        public Char {
            if (length < 1) {
                throw new IllegalArgumentException("CHAR length must be at least 1, was " + length);
            }
        }

        @Override
        public String toString() {
            return "CHAR(" + length + ")";
        }
    }

    /**
     * {@code NUMERIC(precision, scale)}; both {@code null} for a number without declared precision.
     */
    record Numeric(Integer precision, Integer scale) implements SqlType {
        @Override
        public boolean isInteger() {
            return false;
        }

        public Numeric {
            if ((precision == null) != (scale == null)) {
                throw new IllegalArgumentException("NUMERIC needs both precision and scale, or neither");
            }
            if (precision != null && (precision < 1 || scale < 0 || scale > precision)) {
                throw new IllegalArgumentException(
                        "NUMERIC(" + precision + ", " + scale + ") is invalid: need precision >= 1 and 0 <= scale <= precision");
            }
        }

        @Override
        public String toString() {
            return precision == null ? "NUMERIC" : "NUMERIC(" + precision + ", " + scale + ")";
        }
    }

    /**
     * A type written verbatim: {@code sql} on every dialect, unless {@code byDialect} names another
     * spelling for a dialect (keys are dialect names such as {@code "postgresql"}, {@code "sqlite"}).
     */
    record Raw(String sql, Map<String, String> byDialect) implements SqlType {
        @Override
        public boolean isInteger() {
            return false;
        }

        public Raw {
            Objects.requireNonNull(sql, "sql");
            Map<String, String> copy = new LinkedHashMap<>();
            byDialect.forEach((k, v) -> copy.put(k.toLowerCase(Locale.ROOT), Objects.requireNonNull(v, k)));
            byDialect = Map.copyOf(copy);
        }

        /** The same type, spelled {@code sql} on {@code dialect}: {@code raw("CITEXT").on("sqlite", "TEXT")}. */
        public Raw on(String dialect, String sql) {
            Map<String, String> copy = new LinkedHashMap<>(byDialect);
            copy.put(dialect.toLowerCase(Locale.ROOT), sql);
            return new Raw(this.sql, copy);
        }

        /** The spelling on {@code dialect}. */
        public String sqlFor(String dialect) {
            return byDialect.getOrDefault(dialect.toLowerCase(Locale.ROOT), sql);
        }

        @Override
        public String toString() {
            return sql;
        }
    }
}
