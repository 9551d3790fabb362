package dev.migrate.autogen;

import dev.migrate.dialect.Dialect;
import dev.migrate.op.MigrationOp;
import dev.migrate.schema.Column;
import dev.migrate.schema.Index;
import dev.migrate.schema.MetaData;
import dev.migrate.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;

/**
 * A database under test: applies ops as the runtime does (each rendered against the live database,
 * in its own transaction), reads the schema back, and compares.
 */
final class LiveSchema {

    final Connection connection;
    final Dialect dialect;
    final Autogenerator autogen;

    LiveSchema(Connection connection, CompareOptions options) throws SQLException {
        this.connection = connection;
        this.dialect = Dialect.forJdbcUrl(connection.getMetaData().getURL());
        this.autogen = new Autogenerator(dialect, options);
    }

    /** Runs {@code ops}, each in its own transaction. */
    void apply(List<MigrationOp> ops) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            for (MigrationOp op : ops) {
                for (String sql : dialect.statements(op, dialect.liveTables(connection))) {
                    try {
                        st.execute(sql);
                    } catch (SQLException e) {
                        connection.rollback();
                        throw new SQLException("Could not run " + op.description() + ": " + e.getMessage() + "\n  SQL: " + sql, e);
                    }
                }
                connection.commit();
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Creates {@code schema} in the (empty) database, through autogenerate. */
    void create(MetaData schema) throws SQLException {
        apply(compare(schema).upgradeOps());
    }

    SchemaDiff compare(MetaData declared) {
        return autogen.compare(declared, connection, null);
    }

    List<Table> tables() {
        return autogen.introspect(connection, null);
    }

    /** The tables with their columns, constraints and indexes sorted by name, so that order does not count. */
    static List<Table> normalized(List<Table> tables) {
        return tables.stream().sorted(Comparator.comparing(Table::name)).map(LiveSchema::normalized).toList();
    }

    private static Table normalized(Table t) {
        return new Table(t.name(), t.columns().stream().sorted(Comparator.comparing(Column::name)).toList(), t.primaryKey(),
                t.uniqueConstraints().stream().sorted(Comparator.comparing(u -> String.valueOf(u.name()) + u.columns())).toList(),
                t.checkConstraints().stream().sorted(Comparator.comparing(c -> String.valueOf(c.name()) + c.expression())).toList(),
                t.foreignKeys().stream().sorted(Comparator.comparing(f -> String.valueOf(f.name()) + f.columns())).toList(),
                t.indexes().stream().sorted(Comparator.comparing(Index::name)).toList(), t.comment());
    }
}
