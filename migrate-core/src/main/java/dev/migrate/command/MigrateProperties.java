package dev.migrate.command;

import java.nio.file.Path;

/** The {@code migrate.properties} template that {@code init} writes. */
final class MigrateProperties {

    static final String FILE_NAME = "migrate.properties";

    private MigrateProperties() {
    }

    /** The template, with {@code locations} pointing at the migrations directory. */
    static String template(Path propertiesDir, Path migrationsDir) {
        Path base = propertiesDir == null ? Path.of("").toAbsolutePath() : propertiesDir.toAbsolutePath();
        Path relative = base.relativize(migrationsDir.toAbsolutePath());
        String location = relative.toString().replace('\\', '/');
        return """
                # Migrate configuration.
                # The JDBC URL of the database. Keep passwords out of this file: use the user/password
                # options or the environment.
                migrate.url=jdbc:sqlite:app.db
                #migrate.user=
                #migrate.password=
                # Where the scripts are: filesystem:<dir> or classpath:<path>, comma separated.
                migrate.locations=filesystem:%s
                # Packages with Java migrations (classes implementing dev.migrate.op.Migration), comma separated.
                #migrate.java-packages=
                # The version table (alembic_version takes over a database that Alembic managed) and history log.
                #migrate.version-table=migrate_version
                #migrate.history-table=migrate_history
                # The schema of both tables (PostgreSQL); the connection's default when empty.
                #migrate.schema=
                # The dialect (postgresql, sqlite); derived from the URL when empty.
                #migrate.dialect=
                # per-step (each revision commits on its own) or all (the whole run is one transaction).
                #migrate.transaction-mode=per-step
                # How long to wait for another migration's lock, e.g. 60s or 5m.
                #migrate.lock-timeout=60s
                """.formatted(location.isEmpty() ? "." : location);
    }
}
