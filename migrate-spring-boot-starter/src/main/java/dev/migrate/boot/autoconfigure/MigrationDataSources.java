package dev.migrate.boot.autoconfigure;

import javax.sql.DataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

/** Chooses the DataSource that Migrate migrates with. */
final class MigrationDataSources {

    private MigrationDataSources() {
    }

    /**
     * In order: the {@link MigrateDataSource @MigrateDataSource} bean; a data source for {@code migrate.url}
     * (with {@code migrate.user} and {@code migrate.password}); the application's DataSource, as
     * {@code migrate.user} when that is set; the application's DataSource.
     */
    static DataSource resolve(MigrateProperties properties, DataSource migrateDataSource, DataSource dataSource,
            ClassLoader classLoader) {
        if (migrateDataSource != null) {
            return migrateDataSource;
        }
        if (StringUtils.hasText(properties.getUrl())) {
            return DataSourceBuilder.create(classLoader).type(SimpleDriverDataSource.class)
                    .url(properties.getUrl()).username(properties.getUser()).password(properties.getPassword())
                    .build();
        }
        if (dataSource == null) {
            throw new IllegalStateException("Migrate found no DataSource to migrate: the application has none (or "
                    + "several and none is @Primary). Mark one @Primary, qualify one with @MigrateDataSource, or set "
                    + "migrate.url.");
        }
        if (StringUtils.hasText(properties.getUser())) {
            return DataSourceBuilder.derivedFrom(dataSource).type(SimpleDriverDataSource.class)
                    .username(properties.getUser()).password(properties.getPassword()).build();
        }
        return dataSource;
    }
}
