package dev.migrate.autogen;

import dev.migrate.command.Migrator;
import dev.migrate.schema.SqlType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.io.TempDir;

/** Autogenerate on a SQLite file. */
class SqliteAutogenTest extends AutogenContract {

    @TempDir
    Path dir;

    @Override
    protected Connection open() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("autogen.db"));
    }

    @Override
    protected Migrator.Builder migrator() {
        return Migrator.builder().url("jdbc:sqlite:" + dir.resolve("autogen.db"));
    }

    @Override
    protected SqlType changedSerialType() {
        return SqlType.BIGINT;
    }

    @Override
    protected String stateDefault() {
        return "'new'";
    }

    @Override
    protected String minusOne() {
        return "-1";
    }
}
