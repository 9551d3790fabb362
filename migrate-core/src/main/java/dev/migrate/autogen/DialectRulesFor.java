package dev.migrate.autogen;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.postgresql.PostgresTypes;
import dev.migrate.dialect.sqlite.SqliteIntrospector;
import dev.migrate.schema.ServerDefault;
import dev.migrate.schema.SqlType;
import java.util.Locale;
import java.util.Set;

/**
 * The comparison rules of a {@link Dialect}. Types: on PostgreSQL the same type after resolving its
 * aliases ({@code int4} is {@code integer}); on SQLite the same type affinity, the only thing SQLite
 * keeps of a declared type; elsewhere the same name. A PostgreSQL type change between families
 * (text to number, say) converts with {@code USING column::type}.
 */
final class DialectRulesFor implements DialectRules {

    private static final Set<String> NUMBERS = Set.of("smallint", "integer", "bigint", "real", "double precision");
    private static final Set<String> STRINGS = Set.of("text", "character varying", "character");

    private final Dialect dialect;

    DialectRulesFor(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public String name() {
        return dialect.name();
    }

    @Override
    public String typeName(SqlType type) {
        return dialect.typeName(type);
    }

    @Override
    public boolean sameType(SqlType declared, SqlType live) {
        String a = dialect.typeName(declared);
        String b = dialect.typeName(live);
        return switch (dialect.name()) {
            case "postgresql" -> PostgresTypes.canonical(a).equals(PostgresTypes.canonical(b));
            case "sqlite" -> SqliteIntrospector.sameAffinity(a, b);
            default -> a.replaceAll("\\s+", " ").equalsIgnoreCase(b.replaceAll("\\s+", " "));
        };
    }

    @Override
    public String defaultText(ServerDefault serverDefault) {
        return serverDefault instanceof ServerDefault.Value v ? dialect.literal(v.value())
                : ((ServerDefault.Expression) serverDefault).sql();
    }

    @Override
    public boolean keepsComments() {
        return dialect.capabilities().comments();
    }

    @Override
    public boolean batchesTableChanges() {
        return dialect.capabilities().tableRebuild();
    }

    @Override
    public boolean lateForeignKeys() {
        return dialect.name().equals("sqlite");
    }

    @Override
    public String conversion(String column, SqlType from, SqlType to) {
        if (!dialect.name().equals("postgresql")) {
            return null;
        }
        String a = family(PostgresTypes.canonical(dialect.typeName(from)));
        String b = family(PostgresTypes.canonical(dialect.typeName(to)));
        return a.equals(b) ? null : dialect.quote(column) + "::" + dialect.typeName(to);
    }

    private static String family(String canonical) {
        String base = canonical.replaceAll("\\(.*", "").toLowerCase(Locale.ROOT);
        if (NUMBERS.contains(base) || base.equals("numeric")) {
            return "number";
        }
        return STRINGS.contains(base) ? "string" : canonical;
    }
}
