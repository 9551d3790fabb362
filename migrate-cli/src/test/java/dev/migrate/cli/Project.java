package dev.migrate.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A folder with {@code db/migrations} scripts and a SQLite file, for tests. */
final class Project {

    final Path dir;
    final Path migrations;

    Project(Path dir) {
        this.dir = dir;
        this.migrations = dir.resolve("db/migrations");
        try {
            Files.createDirectories(migrations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SQLite database of the project. */
    String sqliteUrl() {
        return "jdbc:sqlite:" + dir.resolve("app.db");
    }

    /** The script file of a revision written by {@link #script}. */
    Path file(String revision) {
        try (var files = Files.list(migrations)) {
            return files.filter(p -> p.getFileName().toString().startsWith(revision + "_")).findFirst()
                    .orElseThrow(() -> new AssertionError("no script for " + revision));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code <rev>_<slug>.sql}.
     *
     * @param headers extra header lines without the {@code -- migrate:} prefix ({@code "branch-labels billing"})
     */
    Project script(String revision, String down, String message, String upgrade, String downgrade,
            String... headers) {
        StringBuilder text = new StringBuilder("-- migrate:revision ").append(revision).append('\n');
        if (down != null) {
            text.append("-- migrate:down-revision ").append(down).append('\n');
        }
        text.append("-- migrate:message ").append(message).append('\n');
        for (String header : headers) {
            text.append("-- migrate:").append(header).append('\n');
        }
        text.append("\n-- migrate:upgrade\n").append(upgrade).append("\n\n-- migrate:downgrade\n").append(downgrade)
                .append('\n');
        write(revision + "_" + message.replaceAll("[^A-Za-z0-9]+", "_") + ".sql", text.toString());
        return this;
    }

    void write(String name, String text) {
        try {
            Files.writeString(migrations.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles the schema class of {@link DeclaredSchema} into the project's {@code classes} folder. */
    Project withDeclaredSchema() {
        DeclaredSchema.compile(dir);
        return this;
    }

    /** a1 (create users) -> b2 (add email) -> c3 (create orders). */
    Project linear() {
        return script("a1", null, "create users", "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);",
                "DROP TABLE users;")
                .script("b2", "a1", "add email", "ALTER TABLE users ADD COLUMN email TEXT;",
                        "ALTER TABLE users DROP COLUMN email;")
                .script("c3", "b2", "create orders", "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER);",
                        "DROP TABLE orders;");
    }

    /** The tables of a database, sorted, without SQLite's own. */
    static List<String> tables(String url) {
        try (Connection c = DriverManager.getConnection(url);
                ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.startsWith("sqlite_")) {
                    names.add(name);
                }
            }
            names.sort(null);
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
