package dev.migrate.cli;

import dev.migrate.command.ConnectionSource;
import dev.migrate.command.MigrateConfig;
import dev.migrate.schema.MetaData;
import java.util.Objects;

/**
 * What an application gives the command line when it runs a verb inside itself ({@link EmbeddedCli}): its
 * configuration (connections from its DataSource, its locations, tables, class loader) and its declared schema.
 * Connection options and {@code migrate.properties} are not used then.
 *
 * @param config   the application's configuration; command-line options other than the connection override it
 * @param metaData the application's declared schema, or {@code null} when it has none
 */
record Embedding(MigrateConfig config, MetaData metaData) {

    Embedding {
        Objects.requireNonNull(config, "config");
    }

    /** Where the connections go, for messages, password masked. */
    String describeDatabase() {
        ConnectionSource source = config.connection();
        return source == null ? "(the application has no database)" : source.describe();
    }

    /** The class loader of the application's classes. */
    ClassLoader classLoader() {
        return config.classLoader();
    }
}
