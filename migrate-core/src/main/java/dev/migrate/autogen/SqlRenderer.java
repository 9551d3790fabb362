package dev.migrate.autogen;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.SchemaTracker;
import dev.migrate.dialect.TableLookup;
import dev.migrate.op.MigrationOp;
import java.sql.SQLException;
import java.util.List;

/**
 * Turns the ops of a {@link SchemaDiff} into the SQL of a migration for one dialect: each op under a
 * comment that says what it does, each statement ending in {@code ;}. A SQLite rebuild needs the
 * table's definition: the upgrade finds it in {@code tables} (the live database), and the downgrade
 * where the upgrade left it.
 */
public final class SqlRenderer {

    private SqlRenderer() {
    }

    /**
     * The SQL of both directions.
     *
     * @param upgrade   the statements of the upgrade
     * @param downgrade the statements of the downgrade
     */
    public record Rendered(String upgrade, String downgrade) {
    }

    /**
     * Renders {@code diff} for {@code dialect}.
     *
     * @param tables the tables as they are before the upgrade ({@link Dialect#liveTables} of the database compared)
     * @throws SQLException when {@code tables} reads the database and that fails
     */
    public static Rendered render(SchemaDiff diff, Dialect dialect, TableLookup tables) throws SQLException {
        SchemaTracker tracker = new SchemaTracker(tables);
        String upgrade = render(diff.upgradeOps(), dialect, tracker);
        String downgrade = render(diff.downgradeOps(), dialect, tracker);
        return new Rendered(upgrade, downgrade);
    }

    private static String render(List<MigrationOp> ops, Dialect dialect, SchemaTracker tracker) throws SQLException {
        StringBuilder s = new StringBuilder();
        for (MigrationOp op : ops) {
            List<String> statements = dialect.statements(op, tracker);
            tracker.apply(op);
            if (statements.isEmpty()) {
                continue;
            }
            if (s.length() > 0) {
                s.append('\n');
            }
            s.append("-- ").append(op.description().replace("\n", " ")).append('\n');
            for (String sql : statements) {
                s.append(sql.strip()).append(";\n");
            }
        }
        return s.toString();
    }
}
