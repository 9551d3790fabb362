package dev.migrate.autogen;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.io.TempDir;

/** The autogenerate fuzz test on SQLite files, one per round. */
class SqliteAutogenFuzzTest extends AutogenFuzzContract {

    @TempDir
    Path dir;

    @Override
    protected Connection fresh(int round) throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("fuzz-" + round + ".db"));
    }

    @Override
    protected boolean comments() {
        return false;
    }
}
