package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.runtime.TransactionMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path dir;

    private final Secrets secrets = new Secrets();

    private CliEnvironment env(Map<String, String> variables) {
        return new CliEnvironment(variables, dir, false, (p, e) -> {
            throw new AssertionError("no prompt expected");
        });
    }

    private void writeDefaultFile() throws IOException {
        Files.writeString(dir.resolve("migrate.properties"), """
                migrate.url=jdbc:postgresql://file-host/db
                migrate.user=file-user
                migrate.password=file-pass
                migrate.locations=filesystem:scripts, classpath:db/more
                migrate.java-packages=com.example.a ,com.example.b
                migrate.version-table=alembic_version
                migrate.history-table=hist
                migrate.schema=ops
                migrate.dialect=postgresql
                migrate.transaction-mode=all
                migrate.lock-timeout=5m
                spring.datasource.url=ignored
                """);
    }

    @Test
    void optionsWinOverTheEnvironmentWhichWinsOverTheFile() throws IOException {
        writeDefaultFile();
        GlobalOptions options = new GlobalOptions();
        options.url = "jdbc:sqlite:x.db";
        options.locations = List.of("db/one", "classpath:two");
        options.lockTimeout = "90";
        options.transactionMode = "per-step";
        Settings s = Settings.resolve(options, env(Map.of("DATABASE_URL", "postgres://env:envpass@h/db")), secrets);
        assertThat(s.url()).isEqualTo("jdbc:sqlite:x.db");
        assertThat(s.urlOrigin()).isEqualTo("--url");
        assertThat(s.user()).isEqualTo("file-user");
        assertThat(s.locations()).containsExactly("filesystem:" + dir.resolve("db/one"), "classpath:two");
        assertThat(s.lockTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(s.transactionMode()).isEqualTo(TransactionMode.PER_STEP);
        assertThat(s.versionTable()).isEqualTo("alembic_version");
        assertThat(secrets.mask("file-pass envpass")).isEqualTo("**** ****");

        Settings fromEnv = Settings.resolve(new GlobalOptions(),
                env(Map.of("DATABASE_URL", "postgres://env:envpass@h:5433/db")), secrets);
        assertThat(fromEnv.url()).isEqualTo("jdbc:postgresql://h:5433/db");
        assertThat(fromEnv.urlOrigin()).isEqualTo("the environment variable DATABASE_URL");
        assertThat(fromEnv.user()).isEqualTo("env");
        assertThat(fromEnv.password()).isEqualTo("envpass");
    }

    @Test
    void theFileFillsWhatNothingElseGivesAndItsPathsAreRelativeToIt() throws IOException {
        writeDefaultFile();
        Settings s = Settings.resolve(new GlobalOptions(), env(Map.of("MIGRATE_PASSWORD", "from-env")), secrets);
        assertThat(s.url()).isEqualTo("jdbc:postgresql://file-host/db");
        assertThat(s.urlOrigin()).isEqualTo("migrate.url in " + dir.resolve("migrate.properties"));
        assertThat(s.user()).isEqualTo("file-user");
        assertThat(s.password()).isEqualTo("from-env");
        assertThat(s.locations()).containsExactly("filesystem:" + dir.resolve("scripts"), "classpath:db/more");
        assertThat(s.javaPackages()).containsExactly("com.example.a", "com.example.b");
        assertThat(s.historyTable()).isEqualTo("hist");
        assertThat(s.schema()).isEqualTo("ops");
        assertThat(s.dialect()).isEqualTo("postgresql");
        assertThat(s.transactionMode()).isEqualTo(TransactionMode.ALL);
        assertThat(s.lockTimeout()).isEqualTo(Duration.ofMinutes(5));

        Path other = Files.createDirectories(dir.resolve("conf"));
        Files.writeString(other.resolve("prod.properties"), "migrate.locations=../sql\n");
        GlobalOptions options = new GlobalOptions();
        options.config = Path.of("conf/prod.properties");
        assertThat(Settings.resolve(options, env(Map.of()), secrets).locations())
                .containsExactly("filesystem:" + dir.resolve("sql"));
    }

    @Test
    void theDeclaredSchemaAndItsClasspathFromTheFileWhoseEntriesAreRelativeToIt() throws IOException {
        Path conf = Files.createDirectories(dir.resolve("conf"));
        Files.createDirectories(conf.resolve("classes"));
        Files.createDirectories(dir.resolve("lib"));
        Files.writeString(conf.resolve("migrate.properties"), """
                migrate.metadata=com.example.db.Schema#V1
                migrate.classpath=classes, ../lib
                """);
        GlobalOptions options = new GlobalOptions();
        options.config = Path.of("conf/migrate.properties");
        options.classpath = List.of("conf");
        Settings s = Settings.resolve(options, env(Map.of()), secrets);
        assertThat(s.metadata()).isEqualTo("com.example.db.Schema#V1");
        assertThat(s.classpath()).containsExactly(conf, conf.resolve("classes"), dir.resolve("lib"));

        Files.writeString(conf.resolve("migrate.properties"), "migrate.classpath=missing.jar\n");
        assertThatThrownBy(() -> Settings.resolve(options, env(Map.of()), secrets))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("The classpath entry 'missing.jar' (from migrate.classpath in "
                        + conf.resolve("migrate.properties") + ") does not exist (looked at " + conf.resolve("missing.jar"));
    }

    @Test
    void withoutAnythingTheScriptsAreInDbMigrationsOfTheWorkingDirectory() {
        Settings s = Settings.resolve(new GlobalOptions(), env(Map.of()), secrets);
        assertThat(s.url()).isNull();
        assertThat(s.configFile()).isNull();
        assertThat(s.locations()).containsExactly("filesystem:" + dir.resolve("db/migrations"));
        assertThat(s.transactionMode()).isNull();
        assertThat(s.lockTimeout()).isNull();
    }

    @Test
    void aMissingExplicitFileAndUnknownKeysAreErrors() throws IOException {
        GlobalOptions options = new GlobalOptions();
        options.config = Path.of("nope.properties");
        assertThatThrownBy(() -> Settings.resolve(options, env(Map.of()), secrets))
                .isInstanceOf(UsageException.class)
                .hasMessage("The configuration file " + dir.resolve("nope.properties") + " does not exist; give the "
                        + "path of a migrate.properties file to --config, or create one with 'migrate init'");
        Files.writeString(dir.resolve("migrate.properties"), "migrate.locaton=x\n");
        assertThatThrownBy(() -> Settings.resolve(new GlobalOptions(), env(Map.of()), secrets))
                .isInstanceOf(UsageException.class)
                .hasMessage("Unknown key 'migrate.locaton' in " + dir.resolve("migrate.properties") + "; the keys are "
                        + "migrate.url, migrate.user, migrate.password, migrate.locations, migrate.java-packages, "
                        + "migrate.version-table, migrate.history-table, migrate.schema, migrate.dialect, "
                        + "migrate.transaction-mode, migrate.lock-timeout, migrate.metadata, migrate.classpath");
    }

    @Test
    void durationsAndTransactionModes() {
        assertThat(Settings.duration("500ms", "x")).isEqualTo(Duration.ofMillis(500));
        assertThat(Settings.duration("30s", "x")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Settings.duration("2H", "x")).isEqualTo(Duration.ofHours(2));
        assertThat(Settings.duration("PT1M30S", "x")).isEqualTo(Duration.ofSeconds(90));
        assertThatThrownBy(() -> Settings.duration("5 minutes", "--lock-timeout"))
                .isInstanceOf(UsageException.class)
                .hasMessage("Cannot read the duration '5 minutes' (from --lock-timeout); write it as 500ms, 30s, 5m, "
                        + "1h or PT1M30S");
        assertThatThrownBy(() -> Settings.duration("-PT1S", "--lock-timeout")).isInstanceOf(UsageException.class);
        assertThat(Settings.transactionMode("PER_STEP", "x")).isEqualTo(TransactionMode.PER_STEP);
        assertThatThrownBy(() -> Settings.transactionMode("each", "migrate.transaction-mode in f"))
                .isInstanceOf(UsageException.class)
                .hasMessage("Unknown transaction mode 'each' (from migrate.transaction-mode in f); use per-step "
                        + "(each revision commits on its own) or all (one transaction for the run)");
    }

    @Test
    void classpathEntriesMustExist() throws IOException {
        Files.createDirectories(dir.resolve("classes"));
        GlobalOptions options = new GlobalOptions();
        options.classpath = List.of("classes" + java.io.File.pathSeparator + "lib/missing.jar");
        assertThatThrownBy(() -> Settings.resolve(options, env(Map.of()), secrets))
                .isInstanceOf(UsageException.class)
                .hasMessage("The classpath entry 'lib/missing.jar' (from --classpath) does not exist (looked at "
                        + dir.resolve("lib/missing.jar") + "); give jars or class folders that exist, such as "
                        + "target/classes after compiling the application");
        options.classpath = List.of("classes");
        assertThat(Settings.resolve(options, env(Map.of()), secrets).classpath())
                .containsExactly(dir.resolve("classes"));
    }
}
