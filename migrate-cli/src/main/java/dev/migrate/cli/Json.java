package dev.migrate.cli;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * A small JSON writer for the {@code --json} output: maps (in their iteration order), collections, strings,
 * numbers, booleans and {@code null}, indented by two spaces. Strings are escaped per RFC 8259; characters
 * outside ASCII are written as they are (the output is UTF-8), except U+2028 and U+2029, which are escaped so the
 * text is also valid JavaScript.
 */
final class Json {

    private Json() {
    }

    /** {@code value} as indented JSON text, without a trailing newline. */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out, int indent) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            out.append(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("JSON has no value for " + d);
            }
            out.append(d);
        } else if (value instanceof Map<?, ?> map) {
            object(map, out, indent);
        } else if (value instanceof Collection<?> list) {
            array(list, out, indent);
        } else {
            throw new IllegalArgumentException("Cannot write a " + value.getClass().getName() + " as JSON");
        }
    }

    private static void object(Map<?, ?> map, StringBuilder out, int indent) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<?, ?> entry = entries.next();
            if (!(entry.getKey() instanceof String key)) {
                throw new IllegalArgumentException("JSON object keys are strings, not " + entry.getKey());
            }
            pad(out, indent + 1);
            string(key, out);
            out.append(": ");
            write(entry.getValue(), out, indent + 1);
            out.append(entries.hasNext() ? ",\n" : "\n");
        }
        pad(out, indent);
        out.append('}');
    }

    private static void array(Collection<?> list, StringBuilder out, int indent) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append("[\n");
        Iterator<?> items = list.iterator();
        while (items.hasNext()) {
            pad(out, indent + 1);
            write(items.next(), out, indent + 1);
            out.append(items.hasNext() ? ",\n" : "\n");
        }
        pad(out, indent);
        out.append(']');
    }

    private static void pad(StringBuilder out, int indent) {
        out.append("  ".repeat(indent));
    }

    /** Writes {@code s} as a JSON string literal. */
    static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)
                            && !validSurrogate(s, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Whether the surrogate at {@code i} is half of a well-formed pair (a lone one is escaped). */
    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
