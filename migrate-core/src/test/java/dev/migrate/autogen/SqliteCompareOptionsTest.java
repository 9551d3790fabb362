package dev.migrate.autogen;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.io.TempDir;

/** The compare options on a SQLite file. */
class SqliteCompareOptionsTest extends CompareOptionsContract {

    @TempDir
    Path dir;

    @Override
    protected Connection open() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("options.db"));
    }
}
