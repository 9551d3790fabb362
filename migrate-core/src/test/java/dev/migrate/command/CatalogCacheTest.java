package dev.migrate.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read-only commands keep the scripts they loaded while the files stay as they were, and only then. */
class CatalogCacheTest {

    @TempDir
    Path dir;

    @Test
    void keepsTheCatalogWhileTheScriptsAreUnchanged() {
        ScriptFiles.write(dir.resolve("scripts"), "r1", null, "first", "CREATE TABLE t1 (id INTEGER);", "DROP TABLE t1;");
        CatalogCache cache = new CatalogCache(config());

        Catalog first = cache.catalog();

        assertThat(cache.catalog()).isSameAs(first);
        ScriptFiles.write(dir.resolve("scripts"), "r2", "r1", "second", "CREATE TABLE t2 (id INTEGER);", "DROP TABLE t2;");
        Catalog second = cache.catalog();
        assertThat(second).isNotSameAs(first);
        assertThat(second.migrations().graph().heads()).extracting(r -> r.id()).containsExactly("r2");
        assertThat(cache.catalog()).isSameAs(second);
    }

    @Test
    void locationsThatCannotBeFingerprintedAreLoadedEachTime() throws Exception {
        ScriptFiles.write(dir.resolve("scripts"), "r1", null, "first", "CREATE TABLE t1 (id INTEGER);", "DROP TABLE t1;");
        Path deep = dir.resolve("scripts");
        for (int i = 0; i < 40; i++) {
            deep = deep.resolve("d" + i); // deeper than the fingerprint follows folders
        }
        Files.createDirectories(deep);
        assertThat(Catalog.fingerprint(config())).isEmpty();
        CatalogCache cache = new CatalogCache(config());

        assertThat(cache.catalog()).isNotSameAs(cache.catalog());
    }

    @Test
    void statusSeesAnAppliedScriptEditedBetweenTwoCalls() throws Exception {
        Path script = ScriptFiles.write(dir.resolve("scripts"), "r1", null, "first", "CREATE TABLE t1 (id INTEGER);",
                "DROP TABLE t1;");
        ScriptFiles.write(dir.resolve("scripts"), "r2", "r1", "second", "CREATE TABLE t2 (id INTEGER);", "DROP TABLE t2;");
        try (Migrator migrator = Migrator.builder().url("jdbc:sqlite:" + dir.resolve("db.sqlite"))
                .locations("filesystem:" + dir.resolve("scripts")).build()) {
            migrator.upgrade("r1");
            assertThat(migrator.status().revisions()).extracting(RevisionStatus::id, RevisionStatus::state)
                    .containsExactly(tuple("r2", RevisionState.PENDING),
                            tuple("r1", RevisionState.CURRENT));

            Files.writeString(script, Files.readString(script).replace("(id INTEGER)", "(id BIGINT)"));
            Files.setLastModifiedTime(script, FileTime.from(Instant.now().plusSeconds(5)));

            assertThat(migrator.status().revisions()).filteredOn(s -> s.id().equals("r1"))
                    .extracting(RevisionStatus::state).containsExactly(RevisionState.CHECKSUM_CHANGED);
        }
    }

    private MigrateConfig config() {
        return Migrator.builder().locations("filesystem:" + dir.resolve("scripts")).config();
    }
}
