package dev.migrate.autogen;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.UUID;

/** Java source text for the values a migration holds: strings, numbers, dates, UUIDs, bytes. */
final class JavaLiterals {

    private JavaLiterals() {
    }

    /** A Java string literal of {@code text}. */
    static String string(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            s.append(escape(c, '"'));
        }
        return s.append('"').toString();
    }

    private static String escape(char c, char quote) {
        return switch (c) {
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> {
                if (c == quote) {
                    yield "\\" + c;
                }
                yield c < 0x20 || c == 0x7F ? String.format("\\u%04x", (int) c) : String.valueOf(c);
            }
        };
    }

    /**
     * A Java expression for {@code value}; classes it needs are added to {@code imports}.
     *
     * @throws IllegalArgumentException for a value of another type, naming it
     */
    static String value(Object value, Set<String> imports) {
        if (value instanceof String s) {
            return string(s);
        }
        if (value instanceof Character c) {
            return "'" + escape(c, '\'') + "'";
        }
        if (value instanceof Boolean || value instanceof Integer) {
            return value.toString();
        }
        if (value instanceof Long l) {
            return l + "L";
        }
        if (value instanceof Short s) {
            return "(short) " + s;
        }
        if (value instanceof Byte b) {
            return "(byte) " + b;
        }
        if (value instanceof Double d) {
            if (d.isNaN()) {
                return "Double.NaN";
            }
            if (d.isInfinite()) {
                return d > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
            }
            return d.toString();
        }
        if (value instanceof Float f) {
            if (f.isNaN() || f.isInfinite()) {
                return "(float) " + value((double) f, imports);
            }
            return f + "f";
        }
        if (value instanceof BigDecimal d) {
            imports.add(BigDecimal.class.getName());
            return "new BigDecimal(" + string(d.toString()) + ")";
        }
        if (value instanceof BigInteger i) {
            imports.add(BigInteger.class.getName());
            return "new BigInteger(" + string(i.toString()) + ")";
        }
        if (value instanceof byte[] bytes) {
            StringBuilder s = new StringBuilder("new byte[] {");
            for (int i = 0; i < bytes.length; i++) {
                s.append(i == 0 ? "" : ", ").append(bytes[i]);
            }
            return s.append('}').toString();
        }
        if (value instanceof UUID u) {
            return "java.util.UUID.fromString(" + string(u.toString()) + ")";
        }
        if (value instanceof Enum<?> e) {
            return string(e.name());
        }
        if (value instanceof java.sql.Timestamp t) {
            return value(t.toLocalDateTime(), imports);
        }
        if (value instanceof java.sql.Date d) {
            return value(d.toLocalDate(), imports);
        }
        if (value instanceof java.sql.Time t) {
            return value(t.toLocalTime(), imports);
        }
        for (Class<?> type : new Class<?>[] {LocalDate.class, LocalTime.class, LocalDateTime.class, OffsetDateTime.class,
                ZonedDateTime.class, Instant.class}) {
            if (type.isInstance(value)) {
                imports.add(type.getName());
                return type.getSimpleName() + ".parse(" + string(value.toString()) + ")";
            }
        }
        if (value instanceof java.util.Date d) {
            return value(d.toInstant(), imports);
        }
        throw new IllegalArgumentException("Cannot write a Java literal for a default value of type "
                + (value == null ? "null" : value.getClass().getName())
                + "; use a String, number, Boolean, byte[], UUID, enum or java.time value");
    }
}
