package dev.migrate.sample;

import dev.migrate.autogen.Autogenerator;
import dev.migrate.autogen.CompareOptions;
import dev.migrate.command.MigrateConfig;
import dev.migrate.dialect.Dialect;
import dev.migrate.schema.MetaData;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Compares a declared schema with a database, as {@code migrate check} does: every table but the version table
 * and the history log, server defaults included.
 */
final class SchemaCheck {

    private SchemaCheck() {
    }

    /** The differences as autogenerate reports them: {@code No changes detected} when there are none. */
    static String report(SampleDatabase database, MetaData declared) throws SQLException {
        CompareOptions options = CompareOptions.defaults().compareServerDefaults(true)
                .ignoreTables(MigrateConfig.DEFAULT_VERSION_TABLE, MigrateConfig.DEFAULT_HISTORY_TABLE);
        Autogenerator autogen = new Autogenerator(Dialect.forJdbcUrl(database.url()), options);
        try (Connection connection = database.connect()) {
            return autogen.compare(declared, connection, null).report();
        }
    }
}
