package dev.migrate.reliability.quoting;

import static dev.migrate.schema.SqlType.INTEGER;
import static dev.migrate.schema.SqlType.VARCHAR;

import dev.migrate.op.Migration;
import dev.migrate.op.MigrationRevision;
import dev.migrate.op.Ops;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tables and columns with names that must be quoted, filled with values that must be escaped. */
@MigrationRevision(id = "q1", message = "awkward names")
public final class Q1AwkwardNames implements Migration {

    /** Reserved words, a quote, a space, mixed case. */
    public static final List<String> TABLES = List.of("user", "select", "a\"b", "with space", "Mixed Case");
    /** The columns of each table besides {@code id}. */
    public static final List<String> COLUMNS = List.of("order", "a\"col", "two words");
    /** Values that break naive literals. */
    public static final List<String> VALUES = List.of("O'Brien", "back\\slash", "semi;colon -- not a comment",
            "''", "\"dq\"", "caf\u00e9 \uD83D\uDE00", "$$dollar$$", "new\nline", "/* not a comment */", "?");

    @Override
    public void upgrade(Ops op) throws Exception {
        for (String table : TABLES) {
            op.createTable(table, t -> {
                t.column("id", INTEGER, c -> c.primaryKey());
                COLUMNS.forEach(column -> t.column(column, VARCHAR(100)));
            });
            op.createIndex(table, "order", "two words");
            op.bulkInsert(table, rows());
        }
    }

    @Override
    public void downgrade(Ops op) throws Exception {
        for (String table : reversedTables()) {
            op.dropTable(table);
        }
    }

    private static List<String> reversedTables() {
        List<String> tables = new java.util.ArrayList<>(TABLES);
        java.util.Collections.reverse(tables);
        return tables;
    }

    /** One row per value, every column holding it. */
    public static List<Map<String, Object>> rows() {
        return VALUES.stream().map(v -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", VALUES.indexOf(v) + 1);
            COLUMNS.forEach(c -> row.put(c, v));
            return row;
        }).toList();
    }
}
