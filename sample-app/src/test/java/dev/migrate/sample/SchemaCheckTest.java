package dev.migrate.sample;

import static dev.migrate.schema.SqlType.VARCHAR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.sample.SampleDatabase.Kind;
import dev.migrate.sample.database.SampleSchema;
import dev.migrate.op.Ops;
import dev.migrate.schema.Column;
import dev.migrate.schema.MetaData;
import dev.migrate.schema.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The declared schema ({@link SampleSchema}) and the migrations agree: after {@code upgrade heads} the
 * comparison finds nothing, on SQLite and on PostgreSQL. Change one without the other and this fails.
 */
class SchemaCheckTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theMigrationsBuildTheDeclaredSchema(Kind kind, @TempDir Path folder) {
        try (SampleDatabase database = kind.create(folder)) {
            database.migrator().upgrade("heads");
            assertThat(SchemaCheck.report(database, SampleSchema.metaData())).isEqualTo("No changes detected");
        }
    }

    /** The check is not blind: a column declared but not migrated is reported. */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void aDeclarationAheadOfTheMigrationsIsReported(Kind kind, @TempDir Path folder) {
        try (SampleDatabase database = kind.create(folder)) {
            database.migrator().upgrade("heads");
            Table devices = SampleSchema.metaData().table("devices").orElseThrow();
            List<Column> columns = new ArrayList<>(devices.columns());
            columns.add(Ops.column("firmware_version", VARCHAR(32)));
            MetaData ahead = MetaData.builder()
                    .table(devices.withColumns(columns))
                    .table(SampleSchema.metaData().table("device_logs").orElseThrow())
                    .build();
            assertThat(SchemaCheck.report(database, ahead)).isEqualTo("""
                    1 difference between the declared schema and the database:
                      - added column 'devices.firmware_version' (VARCHAR(32))""");
        }
    }
}
