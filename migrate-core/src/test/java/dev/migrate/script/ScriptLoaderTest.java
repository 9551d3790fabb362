package dev.migrate.script;

import static dev.migrate.script.ScriptFiles.script;
import static dev.migrate.script.ScriptFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.migrate.graph.Revision;
import dev.migrate.jdbc.SqlStatement;
import dev.migrate.script.fixtures.classpath.R0003_SeedDevices;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding scripts in folders, on the classpath and in jars. */
class ScriptLoaderTest {

    static final String FIXTURES = "classpath:dev/migrate/script/fixtures/classpath";

    @TempDir
    Path dir;

    private final ScriptLoader loader = new ScriptLoader(getClass().getClassLoader());

    @Test
    void classpathFolderGivesSqlScriptsAndJavaMigrationsInFileNameOrder() {
        Scripts scripts = loader.load(FIXTURES);
        assertThat(scripts.all()).extracting(Script::id, Script::location, Script::fileName, Script::transactional)
                .containsExactly(
                        tuple("0001", FIXTURES + "/0001_create_devices.sql", "0001_create_devices.sql", true),
                        tuple("0002", FIXTURES + "/0002_add_description.sql", "0002_add_description.sql", true),
                        tuple("0004", FIXTURES + "/sub/0004_index_names.sql", "0004_index_names.sql", false),
                        tuple("0003", "class " + R0003_SeedDevices.class.getName(), "R0003_SeedDevices", false));
        JavaMigrationScript java = (JavaMigrationScript) scripts.get("0003");
        assertThat(java.migrationClass()).isEqualTo(R0003_SeedDevices.class);
        assertThat(java.className()).isEqualTo("dev.migrate.script.fixtures.classpath.R0003_SeedDevices");
        assertThat(java.revision()).isEqualTo(new Revision("0003", List.of("0002"), Set.of("seed"), List.of(),
                "seed devices", "class dev.migrate.script.fixtures.classpath.R0003_SeedDevices"));
        assertThat(java.checksum()).isEmpty();
        SqlScript first = (SqlScript) scripts.get("0001");
        assertThat(first.upgradeStatements()).extracting(SqlStatement::sql, SqlStatement::line).containsExactly(
                tuple("CREATE TABLE devices (id INTEGER PRIMARY KEY, name TEXT NOT NULL)", 5));
        assertThat(scripts.revisions()).extracting(Revision::id).containsExactly("0001", "0002", "0004", "0003");
    }

    @Test
    void folderLocationsGiveSqlScriptsInFileNameOrderAcrossSubFoldersAndLocations() {
        write(dir, "one/b/0002_b.sql", script("0002", "0001", "SELECT 2;"));
        write(dir, "one/0003_c.sql", script("0003", "0002", "SELECT 3;"));
        write(dir, "two/0001_a.sql", script("0001", "", "SELECT 1;"));
        write(dir, "two/readme.md", "not a script");
        Scripts scripts = loader.load(dir.resolve("one").toString(), "filesystem:" + dir.resolve("two") + "/");
        assertThat(scripts.all()).extracting(Script::id, Script::location).containsExactly(
                tuple("0001", dir + "/two/0001_a.sql"),
                tuple("0002", dir + "/one/b/0002_b.sql"),
                tuple("0003", dir + "/one/0003_c.sql"));
    }

    @Test
    void aLocationNamedTwiceOrReachedTwiceIsReadOnce() {
        write(dir, "m/0001_a.sql", script("0001", "", "SELECT 1;"));
        assertThat(loader.load(dir.resolve("m").toString(), dir.resolve("m").toString(), dir + "/m/../m").size())
                .isEqualTo(1);
    }

    @Test
    void duplicateRevisionNamesBothFiles() {
        write(dir, "0001_a.sql", script("0001", "", "SELECT 1;"));
        write(dir, "sub/0001_b.sql", script("0001", "", "SELECT 1;"));
        assertThatThrownBy(() -> loader.load(dir.toString())).isInstanceOfSatisfying(DuplicateRevisionException.class,
                e -> {
                    assertThat(e.getMessage()).isEqualTo("Revision '0001' is declared twice: by " + dir + "/0001_a.sql"
                            + " and by " + dir + "/sub/0001_b.sql. Each revision needs its own id: give one of them a"
                            + " new id and point the down-revision of the scripts that follow it to that id.");
                    assertThat(e.revision()).isEqualTo("0001");
                    assertThat(e.locations()).containsExactly(dir + "/0001_a.sql", dir + "/sub/0001_b.sql");
                });
    }

    @Test
    void duplicateBetweenASqlScriptAndAJavaMigration() {
        write(dir, "seed_again.sql", script("0003", "", "SELECT 1;"));
        assertThatThrownBy(() -> loader.load(FIXTURES, dir.toString()))
                .isInstanceOf(DuplicateRevisionException.class)
                .hasMessageStartingWith("Revision '0003' is declared twice: by class"
                        + " dev.migrate.script.fixtures.classpath.R0003_SeedDevices and by " + dir + "/seed_again.sql.");
    }

    @Test
    void missingLocations() {
        assertThatThrownBy(() -> loader.load("classpath:db/nowhere")).isInstanceOf(LocationNotFoundException.class)
                .hasMessage("Migration location 'classpath:db/nowhere' does not exist: there is no folder db/nowhere on"
                        + " the classpath. Create it or set the migration locations (the default is"
                        + " classpath:db/migrations).");
        assertThatThrownBy(() -> loader.load(dir.resolve("missing").toString()))
                .isInstanceOfSatisfying(LocationNotFoundException.class,
                        e -> assertThat(e.location()).isEqualTo(Location.filesystem(dir.resolve("missing"))))
                .hasMessage("Migration location 'filesystem:" + dir + "/missing' does not exist: there is no folder "
                        + dir + "/missing. Create it or set the migration locations (the default is"
                        + " classpath:db/migrations).");
        write(dir, "file.sql", "x");
        assertThatThrownBy(() -> loader.load("filesystem:" + dir.resolve("file.sql")))
                .hasMessage("Migration location 'filesystem:" + dir + "/file.sql' is a file, not a folder: " + dir
                        + "/file.sql. Create it or set the migration locations (the default is classpath:db/migrations).");
    }

    @Test
    void theDefaultLocationIsDbMigrationsOnTheClasspath() throws Exception {
        write(dir, "db/migrations/0001_a.sql", script("0001", "", "SELECT 1;"));
        try (URLClassLoader cl = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            Scripts scripts = new ScriptLoader(cl).load(List.of(Location.DEFAULT));
            assertThat(scripts.all()).extracting(Script::location).containsExactly("classpath:db/migrations/0001_a.sql");
        }
    }

    @Test
    void locationsParseAndPrint() {
        assertThat(Location.parse("classpath:/db/migrations/")).isEqualTo(Location.classpath("db/migrations"));
        assertThat(Location.parse("filesystem:/srv/m")).isEqualTo(new Location(Location.Kind.FILESYSTEM, "/srv/m"));
        assertThat(Location.parse(" db/m ")).isEqualTo(new Location(Location.Kind.FILESYSTEM, "db/m"));
        assertThat(Location.parse("C:\\migrations").kind()).isEqualTo(Location.Kind.FILESYSTEM);
        assertThat(Location.DEFAULT).hasToString("classpath:db/migrations");
        assertThat(Location.parse("filesystem:db/m")).hasToString("filesystem:db/m");
        assertThatThrownBy(() -> Location.parse("classpath:/")).isInstanceOf(ScriptException.class)
                .hasMessage("The classpath location 'classpath:' names no folder; name the folder that holds the"
                        + " scripts, such as classpath:db/migrations.");
        assertThatThrownBy(() -> Location.parse("filesystem:")).hasMessage(
                "A filesystem location needs a path, such as filesystem:db/migrations.");
    }

    @Test
    void jarGivesSqlScriptsAndJavaMigrationsReadLazily() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        TestJars.compile(classes, Map.of("jarred.migrations.R0002_Seed", """
                package jarred.migrations;

                @dev.migrate.op.MigrationRevision(id = "0002", down = "0001", message = "seed")
                public class R0002_Seed {
                }
                """, "jarred.migrations.Other", "package jarred.migrations; class Other { }"));
        Map<String, byte[]> entries = new LinkedHashMap<>(TestJars.filesOf(classes, ""));
        entries.put("jarred/migrations/0001_create.sql", TestJars.text(script("0001", "", "CREATE TABLE t (x INT);")));
        entries.put("jarred/migrations/more/0003_more.sql",
                TestJars.text(script("0003", "0002", "INSERT INTO t VALUES (1);\nINSERT INTO t VALUES (2);")));
        entries.put("jarred/other/0009_elsewhere.sql", TestJars.text(script("0009", "", "SELECT 9;")));
        Path jar = TestJars.jar(dir.resolve("migrations.jar"), null, entries);
        try (URLClassLoader cl = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            Scripts scripts = new ScriptLoader(cl).load("classpath:jarred/migrations");
            assertThat(scripts.all()).extracting(Script::id, Script::location).containsExactly(
                    tuple("0001", "classpath:jarred/migrations/0001_create.sql"),
                    tuple("0003", "classpath:jarred/migrations/more/0003_more.sql"),
                    tuple("0002", "class jarred.migrations.R0002_Seed"));
            assertThat(((SqlScript) scripts.get("0003")).upgradeStatements())
                    .extracting(SqlStatement::sql, SqlStatement::line)
                    .containsExactly(tuple("INSERT INTO t VALUES (1)", 6), tuple("INSERT INTO t VALUES (2)", 7));
            assertThat(((JavaMigrationScript) scripts.get("0002")).migrationClass().getClassLoader()).isSameAs(cl);
            assertThat(scripts.get("0001").checksum()).contains(Checksum.of(entries.get("jarred/migrations/0001_create.sql")));
        }
    }

    @Test
    void sameResourceInTwoJarsIsADuplicateThatNamesBothJars() throws Exception {
        byte[] sql = TestJars.text(script("0001", "", "SELECT 1;"));
        Path a = TestJars.jar(dir.resolve("a.jar"), null, Map.of("dup/0001_a.sql", sql));
        Path b = TestJars.jar(dir.resolve("b.jar"), null, Map.of("dup/0001_a.sql", sql));
        try (URLClassLoader cl = new URLClassLoader(new URL[] {a.toUri().toURL(), b.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> new ScriptLoader(cl).load("classpath:dup"))
                    .hasMessageStartingWith("Revision '0001' is declared twice: by classpath:dup/0001_a.sql (jar:"
                            + a.toUri().toURL() + "!/dup/0001_a.sql) and by classpath:dup/0001_a.sql (jar:" + b.toUri().toURL()
                            + "!/dup/0001_a.sql).");
        }
    }

    @Test
    void headerErrorsInAJarNameTheResource() throws Exception {
        Path jar = TestJars.jar(dir.resolve("bad.jar"), null,
                Map.of("bad/0001_x.sql", TestJars.text("-- migrate:revision 0001\n-- migrate:colour red\n")));
        try (URLClassLoader cl = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> new ScriptLoader(cl).load("classpath:bad"))
                    .hasMessageStartingWith("classpath:bad/0001_x.sql, line 2: unknown key 'migrate:colour'.");
        }
    }
}
