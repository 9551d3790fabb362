package dev.migrate.dialect.sqlite;

import dev.migrate.dialect.SchemaCreatorContract;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Properties;
import org.junit.jupiter.api.io.TempDir;

/** createAll and dropAll on a SQLite file with foreign keys enforced. */
class SqliteSchemaCreatorTest extends SchemaCreatorContract {

    @TempDir
    Path dir;

    @Override
    protected Connection open() throws Exception {
        Properties p = new Properties();
        p.setProperty("foreign_keys", "true");
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("create.db"), p);
    }
}
