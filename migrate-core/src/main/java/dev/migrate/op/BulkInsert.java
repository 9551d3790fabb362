package dev.migrate.op;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Inserts rows given as maps from column name to value (a {@code null} value inserts NULL; a
 * column left out of a row gets its default). Rows keep their order.
 */
public record BulkInsert(String table, List<Map<String, Object>> rows) implements MigrationOp {

    public BulkInsert {
        Require.name("the table of a bulk insert", table);
        List<Map<String, Object>> copy = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            if (row.isEmpty()) {
                throw new IllegalArgumentException("row " + (copy.size() + 1) + " of the bulk insert into " + table + " has no columns");
            }
            copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    @Override
    public Optional<MigrationOp> reverse() {
        return Optional.empty();
    }

    @Override
    public String description() {
        return "insert " + rows.size() + (rows.size() == 1 ? " row" : " rows") + " into " + table;
    }
}
