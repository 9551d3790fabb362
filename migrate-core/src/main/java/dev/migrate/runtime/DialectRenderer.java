package dev.migrate.runtime;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.SchemaTracker;
import dev.migrate.dialect.TableLookup;
import dev.migrate.op.MigrationOp;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Renders Java migrations' ops with a {@link Dialect}. Online, an op that needs a table's definition
 * (a SQLite rebuild) reads the live table; offline, a {@link SchemaTracker} follows the tables the
 * run's earlier ops created and changed (raw SQL is not followed). Use one renderer per run.
 */
public final class DialectRenderer implements OpRenderer {

    private final Dialect dialect;
    private final SchemaTracker offlineTables;

    /** A renderer whose offline lookup starts from no table. */
    public DialectRenderer(Dialect dialect) {
        this(dialect, TableLookup.none());
    }

    /** A renderer whose offline lookup starts from {@code declared} (for example a declared schema). */
    public DialectRenderer(Dialect dialect, TableLookup declared) {
        this.dialect = dialect;
        this.offlineTables = new SchemaTracker(declared);
    }

    @Override
    public List<String> render(MigrationOp op, Connection connection) throws SQLException {
        if (connection != null) {
            return dialect.statements(op, dialect.liveTables(connection));
        }
        List<String> statements = dialect.statements(op, offlineTables);
        offlineTables.apply(op);
        return statements;
    }
}
