package dev.migrate.benchmarks;

import dev.migrate.autogen.SchemaDiff;
import dev.migrate.command.Migrator;
import dev.migrate.schema.MetaData;
import dev.migrate.schema.SqlType;
import java.nio.file.Path;

/**
 * W4 for Migrate: {@link Migrator#compare} of the fixture declared as {@link MetaData} against the database that
 * holds it; it connects, reads the catalog and compares, as {@code migrate check} does.
 */
final class MigrateSchemaCompare implements SchemaCompare {

    private MetaData declared;

    @Override
    public String method() {
        return "`Migrator.compare(metaData)` (connect, read the catalog, compare; what `migrate check` runs) with the"
                + " schema declared in Java";
    }

    @Override
    public void prepare(Target target, Path work, SchemaFixture fixture) {
        declared = declare(fixture);
    }

    @Override
    public int compare(Target target, Path work) {
        try (Migrator migrator = Migrator.builder().dataSource(target.dataSource()).build()) {
            SchemaDiff diff = migrator.compare(declared);
            return diff.differences().size();
        }
    }

    /** The fixture's tables as the DSL declares them: the same columns, types and NOT NULLs as its DDL. */
    static MetaData declare(SchemaFixture fixture) {
        MetaData.Builder b = MetaData.builder();
        for (int t = 1; t <= fixture.tables(); t++) {
            b.table("s_" + t, table -> {
                table.column("id", SqlType.INTEGER, c -> c.primaryKey());
                for (int c = 1; c < fixture.columns(); c++) {
                    boolean notNull = c % 3 == 0;
                    table.column("c_" + c, type(SchemaFixture.TYPES[(c - 1) % SchemaFixture.TYPES.length]),
                            col -> {
                                if (notNull) {
                                    col.notNull();
                                }
                            });
                }
            });
        }
        return b.build();
    }

    private static SqlType type(String ddl) {
        return switch (ddl) {
            case "VARCHAR(100)" -> SqlType.VARCHAR(100);
            case "INTEGER" -> SqlType.INTEGER;
            case "BIGINT" -> SqlType.BIGINT;
            case "BOOLEAN" -> SqlType.BOOLEAN;
            case "TIMESTAMP" -> SqlType.TIMESTAMP;
            case "TEXT" -> SqlType.TEXT;
            case "NUMERIC(12,2)" -> SqlType.NUMERIC(12, 2);
            default -> throw new IllegalArgumentException("No portable type for the fixture's " + ddl);
        };
    }
}
