package dev.migrate.dialect.sqlite;

import dev.migrate.dialect.TableLookup;
import dev.migrate.op.AddConstraint;
import dev.migrate.op.AlterColumn;
import dev.migrate.op.ColumnChange;
import dev.migrate.op.DropConstraint;
import dev.migrate.op.TableOp;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.Table;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Constraint changes SQLite 3.53 and newer makes with {@code ALTER TABLE} instead of a rebuild:
 * {@code ADD CONSTRAINT name CHECK (...)}, {@code DROP CONSTRAINT name} (of a check constraint),
 * {@code ALTER COLUMN c SET NOT NULL} and {@code DROP NOT NULL}. Adding a check or a NOT NULL reads
 * the table once to validate the rows, where a rebuild copies them; a rebuild that adds a check or
 * a NOT NULL cannot use SQLite's transfer optimization (it needs the same checks and no stricter
 * NOT NULL on both tables), so it decodes and re-encodes every row.
 *
 * <p>SQLite's own failure names neither the table nor the row ("constraint failed"), so each
 * addition is preceded by a query for one violating row whose failure names the table, the
 * constraint, the row id and the query that lists the others.
 *
 * <p>Only on a live connection: an offline script may run on an older SQLite, so it rebuilds.
 */
final class SqliteConstraintChanges {

    /** The first SQLite version with these {@code ALTER TABLE} forms. */
    private static final int[] FIRST_VERSION = {3, 53, 0};

    private static final String CHECK_TABLE = "_migrate_check_row";

    private SqliteConstraintChanges() {
    }

    /** Whether {@code tables} is a live SQLite connection recent enough, and {@code table} a rowid table there. */
    static boolean available(TableLookup tables, String table) throws SQLException {
        if (!(tables instanceof SqliteCatalog catalog) || !atLeast(catalog.version(), FIRST_VERSION)) {
            return false;
        }
        Optional<SqliteTable> live = catalog.describe(table);
        return live.isPresent() && !live.get().options().toUpperCase(Locale.ROOT).matches("(?s).*WITHOUT\\s+ROWID.*");
    }

    /** Whether SQLite changes {@code table} this way in place (given {@link #available}). */
    static boolean isNative(TableOp op, Table table) {
        if (table == null) {
            return false;
        }
        if (op instanceof AddConstraint a) {
            return a.constraint() instanceof CheckConstraint c && c.name() != null;
        }
        if (op instanceof DropConstraint d) {
            return table.checkConstraints().stream().anyMatch(c -> d.name().equalsIgnoreCase(c.name()));
        }
        if (op instanceof AlterColumn a) {
            Optional<Column> column = table.column(a.column());
            boolean keyColumn = table.primaryKey() != null
                    && table.primaryKey().columns().stream().anyMatch(a.column()::equalsIgnoreCase);
            return column.isPresent() && column.get().computed() == null && !keyColumn
                    && a.changes().stream().allMatch(c -> c instanceof ColumnChange.SetNullable);
        }
        return false;
    }

    /**
     * The statements that fail, naming the row, when {@code op} adds a check or a NOT NULL that a
     * row of {@code table} violates; none for the other changes.
     */
    static List<String> validation(SqliteDialect d, TableOp op) {
        if (op instanceof AddConstraint a && a.constraint() instanceof CheckConstraint c) {
            String table = d.quote(a.table());
            return failOnRow(d, "SELECT rowid FROM " + table + " WHERE NOT (" + c.expression() + ") LIMIT 1",
                    "Cannot add check constraint " + c.name() + " (" + c.expression() + ") to table " + a.table() + ": row ",
                    " (rowid) violates it. Fix or delete the rows that do before this change; SELECT rowid, * FROM " + table
                            + " WHERE NOT (" + c.expression() + ") lists them");
        }
        if (op instanceof AlterColumn a && a.changes().stream().anyMatch(c -> c instanceof ColumnChange.SetNullable n && !n.nullable())) {
            String table = d.quote(a.table());
            String column = d.quote(a.column());
            return failOnRow(d, "SELECT rowid FROM " + table + " WHERE " + column + " IS NULL LIMIT 1",
                    "Cannot make column " + a.column() + " of table " + a.table() + " NOT NULL: row ",
                    " (rowid) holds NULL in it. Give those rows a value before this change; SELECT rowid, * FROM " + table
                            + " WHERE " + column + " IS NULL lists them");
        }
        return List.of();
    }

    /**
     * Fails with {@code before + rowid + after} when {@code rowQuery} finds a row: a temporary
     * trigger raises the message with the row id in it (an expression in {@code RAISE} needs
     * SQLite 3.47, older than the {@code ALTER TABLE} forms this class uses).
     */
    private static List<String> failOnRow(SqliteDialect d, String rowQuery, String before, String after) {
        return List.of("DROP TABLE IF EXISTS temp." + CHECK_TABLE, // left by a failure in auto-commit mode
                "CREATE TEMP TABLE " + CHECK_TABLE + " (failure)",
                "CREATE TEMP TRIGGER " + CHECK_TABLE + "_found BEFORE INSERT ON " + CHECK_TABLE + " BEGIN SELECT RAISE(ABORT, "
                        + d.text(before) + " || NEW.failure || " + d.text(after) + "); END",
                "INSERT INTO temp." + CHECK_TABLE + " " + rowQuery,
                "DROP TABLE temp." + CHECK_TABLE);
    }

    static boolean atLeast(String version, int[] wanted) {
        String[] parts = version.split("\\.");
        for (int i = 0; i < wanted.length; i++) {
            int have = i < parts.length ? Integer.parseInt(parts[i].replaceAll("\\D.*", "")) : 0;
            if (have != wanted[i]) {
                return have > wanted[i];
            }
        }
        return true;
    }
}
