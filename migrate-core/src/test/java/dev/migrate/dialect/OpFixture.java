package dev.migrate.dialect;

import dev.migrate.op.MigrationOp;
import dev.migrate.op.Ops;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the ops a migration emits into SQL without a database, like Alembic's op_fixture:
 * {@code fixture.op().addColumn(...); assertThat(fixture.sql()).containsExactly(...)}.
 */
public final class OpFixture {

    private final Dialect dialect;
    private final TableLookup tables;
    private final List<String> sql = new ArrayList<>();
    private final Ops ops;

    public OpFixture(Dialect dialect, TableLookup tables) {
        this.dialect = dialect;
        this.tables = tables;
        this.ops = new Ops(this::render, dialect.name(), null);
    }

    public OpFixture(Dialect dialect) {
        this(dialect, TableLookup.none());
    }

    private void render(MigrationOp op) throws SQLException {
        sql.addAll(dialect.statements(op, tables));
    }

    public Ops op() {
        return ops;
    }

    /** The statements rendered so far, and forgets them. */
    public List<String> sql() {
        List<String> out = List.copyOf(sql);
        sql.clear();
        return out;
    }
}
