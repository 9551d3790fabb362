package dev.migrate.schema;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Templates that give every constraint and index a stable name, as SQLAlchemy's
 * {@code naming_convention} does, so that drops and autogenerate can find them again.
 *
 * <p>Tokens: {@code %(table)}, {@code %(column)} (the first column), {@code %(columns)} (all
 * columns joined by {@code _}), {@code %(referred_table)} (foreign keys) and
 * {@code %(constraint_name)} (the short name given to a check constraint). A name longer than
 * {@value #MAX_LENGTH} characters (PostgreSQL's limit) is cut and ends in a hash of the full name.
 *
 * @param primaryKey template for primary keys, default {@code pk_%(table)}
 * @param foreignKey template for foreign keys, default {@code fk_%(table)_%(column)_%(referred_table)}
 * @param index      template for indexes, default {@code ix_%(table)_%(columns)}
 * @param unique     template for unique constraints, default {@code uq_%(table)_%(columns)}
 * @param check      template for check constraints, default {@code ck_%(table)_%(constraint_name)}
 */
public record NamingConvention(String primaryKey, String foreignKey, String index, String unique, String check) {

    /** The longest name produced; longer names are shortened with a hash. */
    public static final int MAX_LENGTH = 63;

    private static final Pattern TOKEN = Pattern.compile("%\\(([a-z_]+)\\)");
    private static final Set<String> COLUMN_TOKENS = Set.of("table", "column", "columns");

    /** {@code pk_%(table)}, {@code fk_%(table)_%(column)_%(referred_table)}, {@code ix_%(table)_%(columns)}, {@code uq_%(table)_%(columns)}, {@code ck_%(table)_%(constraint_name)}. */
    public static final NamingConvention DEFAULT = new NamingConvention("pk_%(table)",
            "fk_%(table)_%(column)_%(referred_table)", "ix_%(table)_%(columns)", "uq_%(table)_%(columns)",
            "ck_%(table)_%(constraint_name)");


    public NamingConvention {
        validate("primary keys", primaryKey, COLUMN_TOKENS);
        validate("foreign keys", foreignKey, Set.of("table", "column", "columns", "referred_table"));
        validate("indexes", index, COLUMN_TOKENS);
        validate("unique constraints", unique, COLUMN_TOKENS);
        validate("check constraints", check, Set.of("table", "constraint_name"));
    }

    private static void validate(String what, String template, Set<String> allowed) {
        if (template == null || template.isBlank()) {
            throw new IllegalArgumentException("The naming convention for " + what + " is empty");
        }
        Matcher m = TOKEN.matcher(template);
        while (m.find()) {
            if (!allowed.contains(m.group(1))) {
                throw new IllegalArgumentException("The naming convention for " + what + " uses unknown token "
                        + m.group() + " in '" + template + "'; it may use " + allowed.stream().sorted().map(t -> "%(" + t + ")").toList());
            }
        }
    }

    /** The name of the primary key of {@code table} over {@code columns}. */
    public String primaryKeyName(String table, List<String> columns) {
        return render(primaryKey, Map.of("table", table, "column", columns.get(0), "columns", String.join("_", columns)));
    }

    /** The name of a foreign key of {@code table} over {@code columns} that refers to {@code referredTable}. */
    public String foreignKeyName(String table, List<String> columns, String referredTable) {
        return render(foreignKey, Map.of("table", table, "column", columns.get(0), "columns", String.join("_", columns),
                "referred_table", referredTable));
    }

    /** The name of an index of {@code table} over {@code columns}. */
    public String indexName(String table, List<String> columns) {
        return render(index, Map.of("table", table, "column", columns.get(0), "columns", String.join("_", columns)));
    }

    /** The name of a unique constraint of {@code table} over {@code columns}. */
    public String uniqueName(String table, List<String> columns) {
        return render(unique, Map.of("table", table, "column", columns.get(0), "columns", String.join("_", columns)));
    }

    /** The full name of the check constraint called {@code shortName} on {@code table}. */
    public String checkName(String table, String shortName) {
        return render(check, Map.of("table", table, "constraint_name", Names.require("a check constraint", shortName)));
    }

    /** {@code constraint} with its name filled in, when it has none (a check constraint must have one). */
    public Constraint apply(String table, Constraint constraint) {
        if (constraint.name() != null) {
            return constraint;
        }
        if (constraint instanceof PrimaryKey pk) {
            return pk.named(primaryKeyName(table, pk.columns()));
        }
        if (constraint instanceof UniqueConstraint uq) {
            return uq.named(uniqueName(table, uq.columns()));
        }
        if (constraint instanceof ForeignKey fk) {
            return fk.named(foreignKeyName(table, fk.columns(), fk.referredTable()));
        }
        throw new IllegalArgumentException("check constraint (" + ((CheckConstraint) constraint).expression()
                + ") on table " + table + " needs a name");
    }

    /** {@code idx} with its name filled in, when it has none. */
    public Index apply(String table, Index idx) {
        return idx.name() != null ? idx : idx.named(indexName(table, idx.columns()));
    }

    private static String render(String template, Map<String, String> values) {
        Matcher m = TOKEN.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
        }
        m.appendTail(out);
        return shorten(out.toString());
    }

    /** {@code name} itself when it fits in {@value #MAX_LENGTH} characters, else a prefix and a hash of the whole. */
    static String shorten(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        String hash = String.format("%08x", crc.getValue());
        return name.substring(0, MAX_LENGTH - hash.length() - 1) + "_" + hash;
    }
}
