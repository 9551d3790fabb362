package dev.migrate.sample.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteFileTest {

    @Test
    void findsTheFileOfAnSqliteUrl() {
        assertThat(SqliteFile.of("jdbc:sqlite:data/sample.db?foreign_keys=true")).contains(Path.of("data/sample.db"));
        assertThat(SqliteFile.of("jdbc:sqlite:file:/var/lib/app.db")).contains(Path.of("/var/lib/app.db"));
    }

    @Test
    void ignoresInMemoryDatabasesAndOtherDatabases() {
        assertThat(SqliteFile.of("jdbc:sqlite::memory:")).isEmpty();
        assertThat(SqliteFile.of("jdbc:sqlite:")).isEmpty();
        assertThat(SqliteFile.of("jdbc:sqlite:file:shared?mode=memory&cache=shared")).isEmpty();
        assertThat(SqliteFile.of("jdbc:postgresql://localhost/sample")).isEmpty();
        assertThat(SqliteFile.of(null)).isEmpty();
    }

    @Test
    void createsTheMissingFolders(@TempDir Path folder) {
        Path file = folder.resolve("a").resolve("b").resolve("sample.db");
        SqliteFile.createFolder("jdbc:sqlite:" + file + "?foreign_keys=true");
        assertThat(file.getParent()).isDirectory();
        assertThat(file).doesNotExist();
    }
}
