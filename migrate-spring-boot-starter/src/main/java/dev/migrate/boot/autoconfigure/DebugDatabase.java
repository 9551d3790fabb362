package dev.migrate.boot.autoconfigure;

import dev.migrate.autogen.SchemaDiff;
import dev.migrate.command.ConnectionSource;
import dev.migrate.command.Migrator;
import dev.migrate.command.RevisionInfo;
import dev.migrate.jdbc.DatabaseException;
import dev.migrate.schema.MetaData;
import dev.migrate.schema.Table;
import dev.migrate.script.LocationNotFoundException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Debug mode's startup work ({@code app.debug=true}): no migrations; the missing tables of the
 * declared schema are created (all of them again with {@code migrate.debug.reset}), seeded when
 * they were all just created, and the database is stamped at the scripts' heads so that a later
 * start without debug mode finds nothing to do.
 */
final class DebugDatabase {

    private static final Logger logger = LoggerFactory.getLogger(DebugDatabase.class);

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
        ConnectionSource source = migrator.config().connectionSource().orElseThrow(() -> new MigrateStartupException(
                "Debug mode needs a database, and the Migrator bean has none.",
                "Give the Migrator a data source, or let the auto-configuration build it.", null));
        List<String> declared = metaData.tables().stream().map(Table::name).toList();
        List<String> created;
        try {
            if (properties.isReset()) {
                migrator.dropAll(metaData);
            }
            created = migrator.createAll(metaData).tables();
        } catch (DatabaseException e) {
            throw new MigrateStartupException("Debug mode could not create the tables of the MetaData bean: "
                    + e.getMessage() + ".", "Fix the declared schema, or start with migrate.debug.reset=true when "
                    + "tables that exist are in the way (it drops and creates the declared tables).", e);
        }
        String seeded = created.size() == declared.size() ? seedScripts(source) : null;
        if (seeded != null) {
            seeded = seeded + " and " + count(runSeeders(dataSource(source)), "seeder");
        }
        String drift = created.size() == declared.size() ? "" : drift();
        return "Debug mode: " + describe(declared, created) + "; "
                + (seeded != null ? "loaded " + seeded : "no seed data loaded") + "; " + stamp() + drift;
    }

    /**
     * Compares the tables that existed with the declaration (debug mode creates missing tables only);
     * logs the differences and what to do, and returns a note for the summary line.
     */
    private String drift() {
        SchemaDiff diff;
        try {
            diff = migrator.compare(metaData);
        } catch (RuntimeException e) {
            logger.warn("Debug mode could not compare the database with the declared schema: {}", e.getMessage());
            return "";
        }
        if (diff.isEmpty()) {
            return "";
        }
        logger.warn("""
                Debug mode: the database differs from the declared schema (the MetaData bean), and debug mode \
                only creates missing tables:
                {}
                To follow the declaration, start once with migrate.debug.reset=true (drops and creates the declared \
                tables again: their data is lost, seed data is loaded), or write a migration for the change \
                (autogenerate writes one from the MetaData) and run it.""", diff.report().strip());
        return "; the database differs from the declared schema (see the warning above)";
    }

    private String describe(List<String> declared, List<String> created) {
        if (properties.isReset()) {
            return "dropped and created tables " + String.join(", ", declared);
        }
        if (created.isEmpty()) {
            return "every declared table exists (" + String.join(", ", declared) + ")";
        }
        if (created.size() == declared.size()) {
            return "created tables " + String.join(", ", created);
        }
        return "created tables " + String.join(", ", created) + " (the others existed, so no table is seeded)";
    }

    private String seedScripts(ConnectionSource source) {
        SeedScripts scripts = SeedScripts.find(resourceLoader, properties.getSeedLocations());
        try (Connection connection = source.open()) {
            scripts.run(connection);
        } catch (SQLException e) {
            throw new MigrateStartupException("Debug mode created the tables of the MetaData bean but could not "
                    + "connect to load the seed data: " + e.getMessage() + ".", "Check the database, then start "
                    + "again with migrate.debug.reset=true to create the tables and seed them from the start.", e);
        }
        return count(scripts.size(), "seed script");
    }

    private int runSeeders(DataSource dataSource) {
        List<Seeder> ordered = seeders.orderedStream().toList();
        for (Seeder seeder : ordered) {
            try {
                seeder.seed(dataSource);
            } catch (Exception e) {
                throw new MigrateStartupException("Debug mode's seeder " + seeder.getClass().getName() + " failed: "
                        + e.getMessage() + ".", "Fix the seeder, then start again with migrate.debug.reset=true to "
                        + "create the tables and seed them from the start.", e);
            }
        }
        return ordered.size();
    }

    /** Stamps the database at the heads of the scripts, unless it is there already. */
    private String stamp() {
        List<String> heads;
        try {
            heads = migrator.heads().stream().map(RevisionInfo::id).toList();
        } catch (LocationNotFoundException e) {
            heads = List.of();
        }
        if (heads.isEmpty()) {
            return "no scripts, so the database is not stamped";
        }
        List<String> current = migrator.current().revisions();
        if (Set.copyOf(current).equals(Set.copyOf(heads))) {
            return "the database is at " + String.join(", ", heads);
        }
        migrator.stamp(List.of("heads"), true);
        return "stamped the database at " + String.join(", ", heads);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
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
