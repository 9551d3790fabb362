package dev.migrate.dialect.sqlite;

import dev.migrate.dialect.SqlTokens;
import dev.migrate.schema.ServerDefault;
import java.math.BigDecimal;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the default SQLite reports for a column ({@code pragma_table_xinfo.dflt_value}) back into a {@link ServerDefault}. */
final class SqliteDefaults {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern STRING = Pattern.compile("'(?:[^']|'')*'", Pattern.DOTALL);
    private static final Pattern BLOB = Pattern.compile("[xX]'([0-9a-fA-F]*)'");

    private SqliteDefaults() {
    }

    /** The default written as {@code text}; {@code null} for none or {@code NULL}. */
    static ServerDefault parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.isEmpty() || t.equalsIgnoreCase("NULL")) {
            return null;
        }
        if (INTEGER.matcher(t).matches()) {
            BigDecimal d = new BigDecimal(t);
            try {
                return ServerDefault.value(d.longValueExact());
            } catch (ArithmeticException tooBig) {
                return ServerDefault.value(d);
            }
        }
        if (DECIMAL.matcher(t).matches()) {
            return ServerDefault.value(new BigDecimal(t));
        }
        if (STRING.matcher(t).matches()) {
            return ServerDefault.value(t.substring(1, t.length() - 1).replace("''", "'"));
        }
        var blob = BLOB.matcher(t);
        if (blob.matches()) {
            return ServerDefault.value(HexFormat.of().parseHex(blob.group(1)));
        }
        if (t.equalsIgnoreCase("TRUE") || t.equalsIgnoreCase("FALSE")) {
            return ServerDefault.value(Boolean.parseBoolean(t.toLowerCase(java.util.Locale.ROOT)));
        }
        return ServerDefault.sql(unwrap(t));
    }

    /** {@code (expr)} without the outer parentheses, when they enclose the whole text. */
    private static String unwrap(String t) {
        while (true) {
            List<SqlTokens.Token> tokens = SqlTokens.tokenize(t);
            if (tokens.size() < 2 || !tokens.get(0).isPunct("(") || SqlTokens.closingParen(tokens, 0) != tokens.size() - 1) {
                return t;
            }
            t = t.substring(tokens.get(0).end(), tokens.get(tokens.size() - 1).start()).strip();
        }
    }
}
