package dev.migrate.dialect.sqlite;

import dev.migrate.dialect.SqlTokens;
import dev.migrate.dialect.SqlTokens.Token;
import dev.migrate.schema.Computed;
import dev.migrate.schema.ReferentialAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads what only the text of a SQLite {@code CREATE TABLE} holds: constraint names, check
 * expressions, collations, generated-column expressions, AUTOINCREMENT, deferrable foreign keys and
 * the table options. The pragmas give the rest.
 */
final class SqliteSchemaParser {

    /** A column as declared. */
    record ParsedColumn(String name, String type, String collation, Computed computed, boolean autoincrement) {
    }

    /**
     * A constraint as declared, at table or column level.
     *
     * @param kind            "PRIMARY KEY", "UNIQUE", "CHECK" or "FOREIGN KEY"
     * @param name            its name, or {@code null}
     * @param columns         the columns it names (for a column-level constraint, that column)
     * @param expression      a check's expression
     * @param referredTable   a foreign key's referred table
     * @param referredColumns its referred columns (empty when it refers to the primary key implicitly)
     * @param onDelete        its ON DELETE action
     * @param onUpdate        its ON UPDATE action
     * @param deferred        whether it is DEFERRABLE INITIALLY DEFERRED
     */
    record ParsedConstraint(String kind, String name, List<String> columns, String expression, String referredTable,
            List<String> referredColumns, ReferentialAction onDelete, ReferentialAction onUpdate, boolean deferred) {
    }

    /** A parsed {@code CREATE TABLE}. */
    record ParsedTable(Map<String, ParsedColumn> columns, List<ParsedConstraint> constraints, String options) {

        ParsedColumn column(String name) {
            return columns.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private static final Set<String> COLUMN_CONSTRAINT_START = Set.of("CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE",
            "CHECK", "DEFAULT", "COLLATE", "REFERENCES", "GENERATED", "AS");
    private static final Set<String> TABLE_CONSTRAINT_START = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN");

    private final String sql;
    private final List<Token> tokens;
    private final Map<String, ParsedColumn> columns = new LinkedHashMap<>();
    private final List<ParsedConstraint> constraints = new ArrayList<>();

    private SqliteSchemaParser(String sql) {
        this.sql = sql;
        this.tokens = SqlTokens.tokenize(sql);
    }

    /**
     * Parses a {@code CREATE TABLE} statement as SQLite keeps it in {@code sqlite_schema}.
     *
     * @throws IllegalArgumentException when the text is not a {@code CREATE TABLE} with a column list
     */
    static ParsedTable parseCreateTable(String sql) {
        return new SqliteSchemaParser(sql).parse();
    }

    private ParsedTable parse() {
        int open = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isPunct("(")) {
                open = i;
                break;
            }
            if (tokens.get(i).is("AS")) {
                break;
            }
        }
        if (tokens.isEmpty() || !tokens.get(0).is("CREATE") || open < 0) {
            throw new IllegalArgumentException("not a CREATE TABLE with a column list: " + sql);
        }
        int close = SqlTokens.closingParen(tokens, open);
        int start = open + 1;
        int depth = 0;
        for (int i = start; i <= close; i++) {
            Token t = tokens.get(i);
            if (t.isPunct("(")) {
                depth++;
            } else if (t.isPunct(")")) {
                depth--;
            }
            if ((t.isPunct(",") && depth == 0) || i == close) {
                if (i > start) {
                    element(tokens.subList(start, i));
                }
                start = i + 1;
            }
        }
        String options = sql.substring(tokens.get(close).end()).strip();
        if (options.endsWith(";")) {
            options = options.substring(0, options.length() - 1).strip();
        }
        return new ParsedTable(columns, constraints, options);
    }

    private void element(List<Token> el) {
        if (el.get(0).kind() == SqlTokens.Kind.WORD && TABLE_CONSTRAINT_START.contains(el.get(0).upper())) {
            tableConstraint(el);
        } else {
            column(el);
        }
    }

    private void column(List<Token> el) {
        String name = el.get(0).name();
        int j = 1;
        while (j < el.size() && !(el.get(j).kind() == SqlTokens.Kind.WORD && COLUMN_CONSTRAINT_START.contains(el.get(j).upper()))) {
            j = el.get(j).isPunct("(") ? SqlTokens.closingParen(el, j) + 1 : j + 1;
        }
        String type = j > 1 ? sql.substring(el.get(1).start(), el.get(j - 1).end()) : "";
        String collation = null;
        Computed computed = null;
        boolean autoincrement = false;
        String pending = null;
        while (j < el.size()) {
            Token t = el.get(j);
            String constraintName = pending;
            pending = null;
            if (t.is("CONSTRAINT")) {
                pending = el.get(j + 1).name();
                j += 2;
            } else if (t.is("PRIMARY")) {
                j = skipConflict(el, skipWords(el, j + 2, "ASC", "DESC"));
                if (j < el.size() && el.get(j).is("AUTOINCREMENT")) {
                    autoincrement = true;
                    j++;
                }
                constraints.add(new ParsedConstraint("PRIMARY KEY", constraintName, List.of(name), null, null, List.of(), null, null, false));
            } else if (t.is("NOT")) {
                j = skipConflict(el, j + 2);
            } else if (t.is("NULL")) {
                j = skipConflict(el, j + 1);
            } else if (t.is("UNIQUE")) {
                j = skipConflict(el, j + 1);
                constraints.add(new ParsedConstraint("UNIQUE", constraintName, List.of(name), null, null, List.of(), null, null, false));
            } else if (t.is("CHECK")) {
                int close = SqlTokens.closingParen(el, j + 1);
                constraints.add(new ParsedConstraint("CHECK", constraintName, List.of(name), inner(el, j + 1, close), null,
                        List.of(), null, null, false));
                j = close + 1;
            } else if (t.is("DEFAULT")) {
                j++;
                if (el.get(j).isPunct("(")) {
                    j = SqlTokens.closingParen(el, j) + 1;
                } else {
                    j += el.get(j).isPunct("-") || el.get(j).isPunct("+") ? 2 : 1;
                }
            } else if (t.is("COLLATE")) {
                collation = el.get(j + 1).name();
                j += 2;
            } else if (t.is("REFERENCES")) {
                j = foreignKey(el, j, constraintName, List.of(name));
            } else if (t.is("GENERATED")) {
                j += 2;
                pending = constraintName;
            } else if (t.is("AS")) {
                int close = SqlTokens.closingParen(el, j + 1);
                String expression = inner(el, j + 1, close);
                j = close + 1;
                boolean stored = j < el.size() && el.get(j).is("STORED");
                if (j < el.size() && (el.get(j).is("STORED") || el.get(j).is("VIRTUAL"))) {
                    j++;
                }
                computed = new Computed(expression, stored);
            } else {
                j++;
            }
        }
        columns.put(name.toLowerCase(Locale.ROOT), new ParsedColumn(name, type, collation, computed, autoincrement));
    }

    private void tableConstraint(List<Token> el) {
        int j = 0;
        String name = null;
        if (el.get(0).is("CONSTRAINT")) {
            name = el.get(1).name();
            j = 2;
        }
        Token t = el.get(j);
        if (t.is("PRIMARY") || t.is("UNIQUE")) {
            int open = t.is("PRIMARY") ? j + 2 : j + 1;
            int close = SqlTokens.closingParen(el, open);
            constraints.add(new ParsedConstraint(t.is("PRIMARY") ? "PRIMARY KEY" : "UNIQUE", name, names(el, open, close), null,
                    null, List.of(), null, null, false));
        } else if (t.is("CHECK")) {
            int close = SqlTokens.closingParen(el, j + 1);
            constraints.add(new ParsedConstraint("CHECK", name, List.of(), inner(el, j + 1, close), null, List.of(), null, null, false));
        } else if (t.is("FOREIGN")) {
            int open = j + 2;
            int close = SqlTokens.closingParen(el, open);
            foreignKey(el, close + 1, name, names(el, open, close));
        }
    }

    /** Parses {@code REFERENCES t [(cols)] [ON DELETE|UPDATE action] [MATCH x] [[NOT] DEFERRABLE [INITIALLY ...]]} from {@code j}. */
    private int foreignKey(List<Token> el, int j, String name, List<String> columns) {
        String table = el.get(j + 1).name();
        j += 2;
        List<String> referred = List.of();
        if (j < el.size() && el.get(j).isPunct("(")) {
            int close = SqlTokens.closingParen(el, j);
            referred = names(el, j, close);
            j = close + 1;
        }
        ReferentialAction onDelete = ReferentialAction.NO_ACTION;
        ReferentialAction onUpdate = ReferentialAction.NO_ACTION;
        boolean deferred = false;
        while (j < el.size()) {
            Token t = el.get(j);
            if (t.is("ON") && j + 2 < el.size()) {
                boolean delete = el.get(j + 1).is("DELETE");
                String first = el.get(j + 2).upper();
                boolean twoWords = first.equals("SET") || first.equals("NO");
                ReferentialAction action = ReferentialAction.fromSql(twoWords ? first + " " + el.get(j + 3).upper() : first);
                if (delete) {
                    onDelete = action;
                } else {
                    onUpdate = action;
                }
                j += twoWords ? 4 : 3;
            } else if (t.is("MATCH")) {
                j += 2;
            } else if (t.is("NOT") && j + 1 < el.size() && el.get(j + 1).is("DEFERRABLE")) {
                j += 2;
            } else if (t.is("DEFERRABLE")) {
                j++;
                if (j + 1 < el.size() && el.get(j).is("INITIALLY")) {
                    deferred = el.get(j + 1).is("DEFERRED");
                    j += 2;
                }
            } else if (t.is("INITIALLY")) {
                j += 2;
            } else {
                break;
            }
        }
        constraints.add(new ParsedConstraint("FOREIGN KEY", name, columns, null, table, referred, onDelete, onUpdate, deferred));
        return j;
    }

    /** The first name of each comma-separated item between the parentheses at {@code open} and {@code close}. */
    private static List<String> names(List<Token> el, int open, int close) {
        List<String> out = new ArrayList<>();
        boolean expectName = true;
        int depth = 0;
        for (int i = open + 1; i < close; i++) {
            Token t = el.get(i);
            if (t.isPunct("(")) {
                depth++;
            } else if (t.isPunct(")")) {
                depth--;
            } else if (t.isPunct(",") && depth == 0) {
                expectName = true;
            } else if (expectName && t.isName()) {
                out.add(t.name());
                expectName = false;
            }
        }
        return out;
    }

    /** The text between the parentheses at {@code open} and {@code close}, as written. */
    private String inner(List<Token> el, int open, int close) {
        return sql.substring(el.get(open).end(), el.get(close).start()).strip();
    }

    private static int skipWords(List<Token> el, int j, String... words) {
        while (j < el.size() && List.of(words).stream().anyMatch(el.get(j)::is)) {
            j++;
        }
        return j;
    }

    /** Skips {@code ON CONFLICT action}. */
    private static int skipConflict(List<Token> el, int j) {
        return j + 1 < el.size() && el.get(j).is("ON") && el.get(j + 1).is("CONFLICT") ? j + 3 : j;
    }
}
