package dev.migrate.runtime;

import java.sql.Connection;

/** Writes statements into an SQL script, each ending with {@code ;}, for a DBA to run in psql or sqlite3. */
final class OfflineExecutor implements Executor {

    private final StringBuilder out = new StringBuilder();

    @Override
    public int update(String sql) {
        statement(sql);
        return NOT_RUN;
    }

    @Override
    public void execute(String sql, String where) {
        statement(sql);
    }

    @Override
    public boolean online() {
        return false;
    }

    @Override
    public void begin() {
        out.append("BEGIN;\n\n");
    }

    @Override
    public void commit() {
        out.append("COMMIT;\n\n");
    }

    @Override
    public void rollback() {
    }

    @Override
    public void comment(String text) {
        for (String line : text.split("\n", -1)) {
            out.append("-- ").append(line).append('\n');
        }
    }

    @Override
    public Connection connection() {
        throw new IllegalStateException("No connection offline");
    }

    /** Writes an empty line. */
    void blank() {
        out.append('\n');
    }

    /** The script written so far. */
    String script() {
        return out.toString();
    }

    private void statement(String sql) {
        String text = sql.strip();
        out.append(text);
        if (!text.endsWith(";")) {
            String lastLine = text.substring(text.lastIndexOf('\n') + 1);
            out.append(lastLine.contains("--") ? "\n;" : ";");
        }
        out.append("\n\n");
    }
}
