package dev.migrate.sample;

import dev.migrate.command.Migrator;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fresh database for one test: an SQLite file in a temporary folder, or a PostgreSQL database on the
 * test server ({@link TestPostgres}); closing drops the PostgreSQL one.
 */
sealed interface SampleDatabase extends AutoCloseable {

    /** The package of the sample's Java migrations, as application.properties configures it. */
    String JAVA_PACKAGES = "dev.migrate.sample.migrations";

    /** The JDBC URL the application uses. */
    String url();

    /** The application arguments that point the sample at this database, with more profiles active. */
    List<String> arguments(String... profiles);

    /** The kind, for messages. */
    Kind kind();

    /** A connection of its own. */
    default Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    /** A migrator over the sample's migrations, as the application configures it. */
    default Migrator migrator() {
        return Migrator.builder().url(url()).javaPackages(JAVA_PACKAGES).build();
    }

    /** Runs statements on a connection of its own. */
    default void execute(String... statements) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    @Override
    void close();

    /** The databases every end-to-end test runs on. */
    enum Kind {
        SQLITE, POSTGRESQL;

        /** A fresh database of this kind; SQLite's file goes to {@code folder}. */
        SampleDatabase create(Path folder) {
            return this == SQLITE ? new Sqlite(folder.resolve("data").resolve("sample.db"))
                    : new Postgres(TestPostgres.createDatabase());
        }
    }

    /** An SQLite file, with the options application.properties gives the default one. */
    record Sqlite(Path file) implements SampleDatabase {

        @Override
        public String url() {
            return "jdbc:sqlite:" + file + "?foreign_keys=true&date_class=text";
        }

        @Override
        public List<String> arguments(String... profiles) {
            return profiles.length == 0 ? List.of("--spring.datasource.url=" + url())
                    : List.of("--spring.datasource.url=" + url(),
                            "--spring.profiles.active=" + String.join(",", profiles));
        }

        /** Connects, creating the folder first (the application creates it itself when it starts). */
        @Override
        public Connection connect() throws SQLException {
            createFolder();
            return DriverManager.getConnection(url());
        }

        @Override
        public Migrator migrator() {
            createFolder();
            return SampleDatabase.super.migrator();
        }

        private void createFolder() {
            try {
                Files.createDirectories(file.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Kind kind() {
            return Kind.SQLITE;
        }

        @Override
        public void close() {
        }
    }

    /** A PostgreSQL database used through the {@code postgres} profile. */
    record Postgres(TestDatabase database) implements SampleDatabase {

        @Override
        public String url() {
            return database.url();
        }

        @Override
        public Connection connect() throws SQLException {
            return database.connect();
        }

        @Override
        public Migrator migrator() {
            return Migrator.builder().url(url()).user(database.user()).password(database.password())
                    .javaPackages(JAVA_PACKAGES).build();
        }

        @Override
        public List<String> arguments(String... profiles) {
            List<String> active = new ArrayList<>(List.of("postgres"));
            active.addAll(Arrays.asList(profiles));
            return List.of("--spring.profiles.active=" + String.join(",", active), "--spring.datasource.url=" + url(),
                    "--spring.datasource.username=" + (database.user() == null ? "" : database.user()),
                    "--spring.datasource.password=" + (database.password() == null ? "" : database.password()));
        }

        @Override
        public Kind kind() {
            return Kind.POSTGRESQL;
        }

        @Override
        public void close() {
            database.close();
        }
    }
}
