package dev.migrate.reliability;

import dev.migrate.command.Migrator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A project for one case of the catalogue: a working directory with {@code db/migrations} and a database (an
 * SQLite file {@code app.db} in the directory, or a fresh PostgreSQL database).
 */
final class Fixture implements AutoCloseable {

    final Path dir;
    final Path migrations;
    final Db db;

    private Fixture(Path dir, Db db) {
        this.dir = dir.toAbsolutePath();
        this.migrations = this.dir.resolve("db/migrations");
        this.db = db;
        try {
            Files.createDirectories(migrations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Fixture sqlite(Path dir) {
        return new Fixture(dir, Db.sqlite(dir, "app.db"));
    }

    static Fixture postgres(Path dir) {
        return new Fixture(dir, Db.postgres());
    }

    String url() {
        return db.url();
    }

    /** Writes {@code <rev>_<slug>.sql}; {@code down} may be {@code null} (a base) or a comma list. */
    Fixture script(String revision, String down, String message, String upgrade, String downgrade) {
        String text = "-- migrate:revision " + revision + "\n"
                + (down == null ? "" : "-- migrate:down-revision " + down + "\n")
                + "-- migrate:message " + message + "\n\n"
                + "-- migrate:upgrade\n" + upgrade + "\n\n-- migrate:downgrade\n" + downgrade + "\n";
        return file(revision + "_" + message.replaceAll("[^A-Za-z0-9]+", "_") + ".sql", text);
    }

    Fixture file(String name, String text) {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    Fixture file(String name, byte[] bytes) {
        try {
            Files.write(migrations.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** a1 (create users) -> b2 (add email) -> c3 (create orders). */
    Fixture linear() {
        return script("a1", null, "create users", "CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(50));",
                "DROP TABLE users;")
                .script("b2", "a1", "add email", "ALTER TABLE users ADD COLUMN email VARCHAR(100);",
                        "ALTER TABLE users DROP COLUMN email;")
                .script("c3", "b2", "create orders", "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER);",
                        "DROP TABLE orders;");
    }

    /** Upgrades the database with the Java API (not through the code under test of a case). */
    Fixture upgrade(String target) {
        migrator().upgrade(target);
        return this;
    }

    Migrator migrator() {
        return Migrator.builder().url(url()).locations("filesystem:" + migrations).build();
    }

    @Override
    public void close() {
        db.close();
    }
}
