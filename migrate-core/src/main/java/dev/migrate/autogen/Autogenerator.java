package dev.migrate.autogen;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.postgresql.PostgresIntrospector;
import dev.migrate.dialect.sqlite.SqliteIntrospector;
import dev.migrate.schema.MetaData;
import dev.migrate.schema.Table;
import java.sql.Connection;
import java.util.List;
import java.util.Objects;

/**
 * Autogenerate: reads the database into the schema model, compares it with the declared schema, and
 * yields the ops that bring the database to the declaration (see {@link SchemaDiff}).
 *
 * <pre>{@code
 * Autogenerator autogen = new Autogenerator(Dialect.forName("postgresql"), CompareOptions.defaults());
 * SchemaDiff diff = autogen.compare(declared, connection, null);
 * if (!diff.isEmpty()) {
 *     System.out.println(diff.report());
 * }
 * }</pre>
 */
public final class Autogenerator {

    private final Dialect dialect;
    private final CompareOptions options;
    private final DialectRules rules;

    /**
     * @param dialect the database's dialect
     * @param options what to compare
     */
    public Autogenerator(Dialect dialect, CompareOptions options) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.options = Objects.requireNonNull(options, "options");
        this.rules = new DialectRulesFor(dialect);
    }

    /** The dialect. */
    public Dialect dialect() {
        return dialect;
    }

    /** The options. */
    public CompareOptions options() {
        return options;
    }

    /**
     * The tables of the database behind {@code connection}, in a fixed number of queries.
     *
     * @param schema the PostgreSQL schema to read, or {@code null} for the connection's current schema
     *               (SQLite has one schema and ignores it)
     * @throws UnsupportedOperationException for a dialect Migrate cannot read
     */
    public List<Table> introspect(Connection connection, String schema) {
        return switch (dialect.name()) {
            case "postgresql" -> new PostgresIntrospector(schema).tables(connection);
            case "sqlite" -> SqliteIntrospector.tables(connection);
            default -> throw new UnsupportedOperationException("Autogenerate cannot read a " + dialect.name()
                    + " database; it reads postgresql and sqlite");
        };
    }

    /** Compares {@code declared} with the database behind {@code connection}. */
    public SchemaDiff compare(MetaData declared, Connection connection, String schema) {
        return compare(declared.tables(), introspect(connection, schema));
    }

    /** Compares declared tables with tables read from a database. */
    public SchemaDiff compare(List<Table> declared, List<Table> live) {
        return SchemaComparison.compare(declared, live, rules, options);
    }
}
