package dev.migrate.boot.autoconfigure;

import dev.migrate.command.ConnectionSource;
import dev.migrate.command.CurrentResult;
import dev.migrate.command.Migrator;
import dev.migrate.command.RevisionInfo;
import dev.migrate.schema.MetaData;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Debug mode's startup work ({@code app.debug=true}): no migrations; the missing tables of the
 * declared schema are created, seeded when they were all just created, and the database is stamped
 * at the scripts' heads so that a later start without debug mode finds nothing to do.
 */
final class DebugDatabase {

    private final Migrator migrator;
    private final MetaData metaData;
    private final MigrateProperties.Debug properties;
    private final ResourceLoader resourceLoader;
    private final ObjectProvider<Seeder> seeders;

    DebugDatabase(Migrator migrator, MetaData metaData, MigrateProperties.Debug properties,
            ResourceLoader resourceLoader, ObjectProvider<Seeder> seeders) {
        this.migrator = migrator;
        this.metaData = metaData;
        this.properties = properties;
        this.resourceLoader = resourceLoader;
        this.seeders = seeders;
    }

    /** Does the work and returns the line that tells what it did. */
    String run() {
        throw new UnsupportedOperationException("create-all is not in migrate-core yet");
    }

    /** The data source seeders get: the one the migrator connects with. */
    static DataSource dataSource(ConnectionSource source) {
        if (source instanceof ConnectionSource.FromDataSource fromDataSource) {
            return fromDataSource.dataSource();
        }
        ConnectionSource.FromUrl url = (ConnectionSource.FromUrl) source;
        return new DriverManagerDataSource(url.url(), url.user(), url.password());
    }
}
