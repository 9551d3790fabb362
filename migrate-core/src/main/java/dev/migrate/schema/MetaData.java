package dev.migrate.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The declared schema: tables in declaration order and the naming convention that named their
 * constraints and indexes. Immutable.
 *
 * <pre>{@code
 * MetaData schema = MetaData.builder()
 *         .table("users", t -> t
 *                 .column("id", BIGINT, c -> c.primaryKey().identity())
 *                 .column("email", VARCHAR(200), c -> c.notNull().unique()))
 *         .table("devices", t -> t
 *                 .column("id", BIGINT, c -> c.primaryKey().identity())
 *                 .column("owner_id", BIGINT, c -> c.notNull().references("users", "id", CASCADE))
 *                 .column("name", VARCHAR(100), c -> c.notNull())
 *                 .column("created_at", TIMESTAMP, c -> c.notNull().defaultSql("CURRENT_TIMESTAMP"))
 *                 .index("owner_id", "name"))
 *         .build();
 * }</pre>
 */
public final class MetaData {

    private final List<Table> tables;
    private final NamingConvention namingConvention;

    private MetaData(List<Table> tables, NamingConvention namingConvention) {
        this.tables = List.copyOf(tables);
        this.namingConvention = namingConvention;
    }

    /** Starts a schema with the {@linkplain NamingConvention#DEFAULT default naming convention}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The tables, in declaration order. */
    public List<Table> tables() {
        return tables;
    }

    /** The table called {@code name} (exact match first, then ignoring case). */
    public Optional<Table> table(String name) {
        for (Table t : tables) {
            if (t.name().equals(name)) {
                return Optional.of(t);
            }
        }
        return tables.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The naming convention the tables were named with. */
    public NamingConvention namingConvention() {
        return namingConvention;
    }

    @Override
    public String toString() {
        return "MetaData" + tables.stream().map(Table::name).toList();
    }

    /** Declares tables; {@link #build()} checks the whole schema. */
    public static final class Builder {

        private NamingConvention naming = NamingConvention.DEFAULT;
        private final List<Object> entries = new ArrayList<>();

        private Builder() {
        }

        /** The naming convention for constraints and indexes declared without a name. */
        public Builder namingConvention(NamingConvention convention) {
            naming = java.util.Objects.requireNonNull(convention, "convention");
            return this;
        }

        /** Declares a table: {@code .table("devices", t -> t.column("id", BIGINT, c -> c.primaryKey()))}. */
        public Builder table(String name, Consumer<TableBuilder> definition) {
            TableBuilder b = new TableBuilder(name);
            definition.accept(b);
            entries.add(b);
            return this;
        }

        /** Adds a table built elsewhere; its unnamed constraints and indexes are named by this schema's convention. */
        public Builder table(Table table) {
            entries.add(table);
            return this;
        }

        /**
         * The schema. Fails when two tables share a name, when two indexes or key constraints share a
         * name (they share one namespace on PostgreSQL), or when a foreign key refers to a table or
         * column the schema does not declare.
         */
        public MetaData build() {
            List<Table> built = new ArrayList<>();
            for (Object e : entries) {
                built.add(e instanceof TableBuilder b ? b.build(naming) : ((Table) e).named(naming));
            }
            validate(built);
            return new MetaData(built, naming);
        }

        private static void validate(List<Table> tables) {
            Map<String, Table> byName = new HashMap<>();
            Map<String, String> relationNames = new HashMap<>();
            for (Table t : tables) {
                if (byName.put(t.name().toLowerCase(Locale.ROOT), t) != null) {
                    throw new IllegalArgumentException("The schema declares table " + t.name() + " twice");
                }
            }
            for (Table t : tables) {
                List<String> relations = new ArrayList<>();
                if (t.primaryKey() != null) {
                    relations.add(t.primaryKey().name());
                }
                t.uniqueConstraints().forEach(u -> relations.add(u.name()));
                t.indexes().forEach(i -> relations.add(i.name()));
                for (String r : relations) {
                    String key = r.toLowerCase(Locale.ROOT);
                    String owner = relationNames.put(key, t.name());
                    if (owner != null && !owner.equals(t.name()) || byName.containsKey(key)) {
                        throw new IllegalArgumentException("The name " + r + " (an index or key of table " + t.name()
                                + ") is used twice in the schema; indexes, keys and tables share one namespace on PostgreSQL."
                                + " Give one of them another name");
                    }
                }
                for (ForeignKey fk : t.foreignKeys()) {
                    Table referred = byName.get(fk.referredTable().toLowerCase(Locale.ROOT));
                    if (referred == null) {
                        throw new IllegalArgumentException("Foreign key " + fk.name() + " of table " + t.name()
                                + " refers to table " + fk.referredTable() + ", which the schema does not declare");
                    }
                    for (String c : fk.referredColumns()) {
                        if (referred.column(c).isEmpty()) {
                            throw new IllegalArgumentException("Foreign key " + fk.name() + " of table " + t.name()
                                    + " refers to column " + c + " of table " + referred.name() + ", which that table does not have");
                        }
                    }
                }
            }
        }
    }
}
