package dev.migrate.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.runtime.TransactionMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrateConfigTest {

    @TempDir
    Path dir;

    @Test
    void defaultsAreAlembicsShapeWithMigratesNames() {
        MigrateConfig c = MigrateConfig.defaults();
        assertThat(c.locations()).containsExactly("classpath:db/migrations");
        assertThat(c.versionTable()).isEqualTo("migrate_version");
        assertThat(c.historyTable()).isEqualTo("migrate_history");
        assertThat(c.transactionMode()).isEqualTo(TransactionMode.PER_STEP);
        assertThat(c.lockTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(c.connectionSource()).isEmpty();
        assertThat(c.classLoader()).isNotNull();
    }

    @Test
    void theBuilderFillsOneConfigurationAndStartsFromAnother() {
        MigrateConfig c = Migrator.builder().url("jdbc:sqlite:x.db").user("u").password("p").locations("a", "b")
                .javaPackages("com.x").versionTable("alembic_version").historyTable("log").schema("app")
                .dialect("sqlite").transactionMode(TransactionMode.ALL).lockTimeout(Duration.ofSeconds(5))
                .acceptChecksums(true).listener(e -> { }).config();
        assertThat(c.connection()).isEqualTo(new ConnectionSource.FromUrl("jdbc:sqlite:x.db", "u", "p"));
        assertThat(c.locations()).containsExactly("a", "b");
        assertThat(c.listeners()).hasSize(1);
        assertThat(Migrator.builder(c).config()).isEqualTo(c);
        assertThat(Migrator.create(c).config()).isEqualTo(c);
    }

    @Test
    void passwordsAreMaskedInDescriptions() {
        ConnectionSource source = ConnectionSource.of("jdbc:postgresql://h/db?user=u&password=secret", "u", "secret");
        assertThat(source.toString()).doesNotContain("secret");
        assertThat(source.describe()).isEqualTo("jdbc:postgresql://h/db?user=u&password=****");
    }

    @Test
    void tableNamesMustBePlainIdentifiers() {
        assertThatThrownBy(() -> Migrator.builder().versionTable("bad name").config())
                .hasMessage("The version table name 'bad name' is not a plain SQL identifier: use 1-63 letters, digits "
                        + "and underscores, starting with a letter or underscore");
        assertThatThrownBy(() -> Migrator.builder().historyTable("migrate_version").config())
                .hasMessage("The version table and the history table are both named 'migrate_version'; give them "
                        + "different names");
        assertThatThrownBy(() -> Migrator.builder().lockTimeout(Duration.ofSeconds(-1)).config())
                .hasMessage("The lock timeout must not be negative, was PT-1S");
    }

    @Test
    void aDataSourceWorksAndItsDialectIsFoundFromTheConnection() throws Exception {
        org.sqlite.SQLiteDataSource ds = new org.sqlite.SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + dir.resolve("ds.db"));
        Migrator migrator = Migrator.builder().dataSource(ds).locations(MigratorRunTest.BRANCHES).build();
        assertThat(migrator.upgrade().toRows()).containsExactly("d1");
        assertThat(migrator.current().revisions()).containsExactly("d1");
        assertThat(List.of(migrator.config().connection())).singleElement()
                .isInstanceOf(ConnectionSource.FromDataSource.class);
    }
}
