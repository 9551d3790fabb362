package dev.migrate.dialect.postgresql;

import dev.migrate.schema.SqlType;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's type names: the many spellings of one type ({@code int4}, {@code integer},
 * {@code int}) brought to the one {@code format_type} writes, and the portable {@link SqlType} of a
 * name read from the catalog.
 */
public final class PostgresTypes {

    private static final Pattern SHAPE = Pattern.compile(
            "([a-z][a-z0-9_ ]*?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?\\s*((?:with|without) time zone)?");

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("integer", "integer"),
            Map.entry("int8", "bigint"), Map.entry("bigint", "bigint"),
            Map.entry("int2", "smallint"), Map.entry("smallint", "smallint"),
            Map.entry("float8", "double precision"), Map.entry("double precision", "double precision"),
            Map.entry("double", "double precision"), Map.entry("float", "double precision"),
            Map.entry("float4", "real"), Map.entry("real", "real"),
            Map.entry("bool", "boolean"), Map.entry("boolean", "boolean"),
            Map.entry("varchar", "character varying"), Map.entry("character varying", "character varying"),
            Map.entry("char", "character"), Map.entry("character", "character"), Map.entry("bpchar", "character"),
            Map.entry("decimal", "numeric"), Map.entry("numeric", "numeric"),
            Map.entry("timestamp", "timestamp"), Map.entry("timestamptz", "timestamp"),
            Map.entry("time", "time"), Map.entry("timetz", "time"),
            Map.entry("blob", "bytea"));

    private PostgresTypes() {
    }

    /**
     * The spelling {@code format_type} gives the type named {@code typeName}: lower case, aliases
     * resolved ({@code int4} is {@code integer}, {@code varchar(100)} is {@code character varying(100)},
     * {@code timestamptz} is {@code timestamp with time zone}), no spaces inside parentheses. Names it
     * does not know (domains, enums, quoted names) come back trimmed and otherwise unchanged.
     */
    public static String canonical(String typeName) {
        String text = typeName.strip();
        if (text.indexOf('"') >= 0) {
            return text;
        }
        text = text.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        String arrays = "";
        while (text.endsWith("[]")) {
            arrays += "[]";
            text = text.substring(0, text.length() - 2).strip();
        }
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            return text + arrays;
        }
        String raw = m.group(1).strip();
        String base = ALIASES.getOrDefault(raw, raw);
        String first = m.group(2);
        String second = m.group(3);
        String zone = m.group(4);
        if (base.equals("timestamp") || base.equals("time")) {
            if (zone == null) {
                zone = raw.endsWith("tz") ? "with time zone" : "without time zone";
            }
        } else if (zone != null) {
            return text + arrays;
        }
        if (raw.equals("float") && first != null) {
            if (second != null) {
                return text + arrays;
            }
            base = Integer.parseInt(first) <= 24 ? "real" : "double precision";
            first = null;
        }
        if (base.equals("numeric") && first != null && second == null) {
            second = "0";
        }
        if (base.equals("character") && first == null) {
            first = "1";
        }
        String params = first == null ? "" : "(" + first + (second == null ? "" : "," + second) + ")";
        return base + params + (zone == null ? "" : " " + zone) + arrays;
    }

    /**
     * The portable type of a name as PostgreSQL writes it ({@code format_type}): {@code integer} is
     * {@link SqlType#INTEGER}, {@code character varying(100)} is {@code VARCHAR(100)}, and so on; any
     * other name is kept as a {@link SqlType#raw raw} type.
     */
    public static SqlType parse(String typeName) {
        String c = canonical(typeName);
        switch (c) {
            case "smallint": return SqlType.SMALLINT;
            case "integer": return SqlType.INTEGER;
            case "bigint": return SqlType.BIGINT;
            case "boolean": return SqlType.BOOLEAN;
            case "text": return SqlType.TEXT;
            case "real": return SqlType.REAL;
            case "double precision": return SqlType.DOUBLE;
            case "date": return SqlType.DATE;
            case "time without time zone": return SqlType.TIME;
            case "timestamp without time zone": return SqlType.TIMESTAMP;
            case "timestamp with time zone": return SqlType.TIMESTAMP_WITH_TIME_ZONE;
            case "bytea": return SqlType.BLOB;
            case "uuid": return SqlType.UUID;
            case "json": return SqlType.JSON;
            case "numeric": return SqlType.NUMERIC;
            default: break;
        }
        Matcher m = Pattern.compile("(character varying|character|numeric)\\((\\d+)(?:,(\\d+))?\\)").matcher(c);
        if (m.matches()) {
            int first = Integer.parseInt(m.group(2));
            return switch (m.group(1)) {
                case "character varying" -> SqlType.VARCHAR(first);
                case "character" -> SqlType.CHAR(first);
                default -> SqlType.NUMERIC(first, Integer.parseInt(m.group(3)));
            };
        }
        return SqlType.raw(typeName.strip());
    }
}
