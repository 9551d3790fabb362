package dev.migrate.benchmarks;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The W4 schema: {@code tables} tables {@code s_1..s_T}, each with an integer primary key and
 * {@code columns - 1} more columns cycling through a few common types.
 */
record SchemaFixture(int tables, int columns) {

    static final String[] TYPES = {"VARCHAR(100)", "INTEGER", "BIGINT", "BOOLEAN", "TIMESTAMP", "TEXT", "NUMERIC(12,2)"};

    List<String> ddl() {
        List<String> statements = new ArrayList<>(tables);
        for (int t = 1; t <= tables; t++) {
            StringBuilder sql = new StringBuilder("CREATE TABLE s_").append(t).append(" (id INTEGER PRIMARY KEY");
            for (int c = 1; c < columns; c++) {
                sql.append(", c_").append(c).append(' ').append(TYPES[(c - 1) % TYPES.length]);
                if (c % 3 == 0) {
                    sql.append(" NOT NULL");
                }
            }
            statements.add(sql.append(')').toString());
        }
        return statements;
    }

    /** Creates the schema in one transaction. */
    void create(Target target) throws Exception {
        try (Connection connection = target.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : ddl()) {
                    statement.addBatch(sql);
                }
                statement.executeBatch();
            }
            connection.commit();
        }
    }
}
