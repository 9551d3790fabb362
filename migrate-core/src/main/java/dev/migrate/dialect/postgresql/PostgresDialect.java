package dev.migrate.dialect.postgresql;

import dev.migrate.dialect.AbstractDialect;
import dev.migrate.dialect.Capabilities;
import dev.migrate.dialect.Identifiers;
import dev.migrate.dialect.SchemaInventory;
import dev.migrate.dialect.TableLookup;
import dev.migrate.schema.SqlType;
import java.sql.Connection;
import java.util.regex.Pattern;

/**
 * PostgreSQL: transactional DDL, every ALTER native, comments. Unquoted names fold to lower case,
 * so names with upper-case letters are quoted to keep their case.
 */
public final class PostgresDialect extends AbstractDialect {

    /** The dialect name. */
    public static final String NAME = "postgresql";

    private static final Capabilities CAPABILITIES = new Capabilities(true, true, true, true, true, false);

    public PostgresDialect() {
        super(NAME, new Identifiers(Pattern.compile("[a-z_][a-z0-9_$]*"), PostgresKeywords.RESERVED));
    }

    @Override
    public String typeName(SqlType type) {
        if (type instanceof SqlType.Basic b) {
            return switch (b) {
                case DOUBLE -> "DOUBLE PRECISION";
                case BLOB -> "BYTEA";
                default -> b.toString();
            };
        }
        if (type instanceof SqlType.Raw r) {
            return r.sqlFor(NAME);
        }
        return type.toString();
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    protected String bytesLiteral(byte[] bytes) {
        return "'\\x" + hex(bytes) + "'::bytea";
    }

    @Override
    protected String nonFiniteLiteral(double d) {
        String word = Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
        return "'" + word + "'::double precision";
    }

    /**
     * PostgreSQL renders every op from the op alone and never reads a table's definition, so this
     * lookup knows no table (the autogenerate comparator reads the catalog on its own).
     */
    @Override
    public TableLookup liveTables(Connection connection) {
        return TableLookup.none();
    }

    @Override
    public SchemaInventory inventory(Connection connection) {
        return new PostgresInventory(connection);
    }
}
