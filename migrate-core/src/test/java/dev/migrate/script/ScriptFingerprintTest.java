package dev.migrate.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptFingerprintTest {

    @TempDir
    Path dir;

    @Test
    void aFolderKeepsItsFingerprintUntilAFileIsAddedEditedOrTouched() throws Exception {
        Path scripts = dir.resolve("scripts");
        Path r1 = ScriptFiles.write(scripts, "r1_first.sql", ScriptFiles.script("r1", null, "CREATE TABLE t1 (id INT);"));
        String first = of("filesystem:" + scripts).orElseThrow();
        assertThat(first).hasSize(64).isEqualTo(of("filesystem:" + scripts).orElseThrow());

        Path r2 = ScriptFiles.write(scripts, "r2_second.sql", ScriptFiles.script("r2", "r1", "CREATE TABLE t2 (id INT);"));
        String second = of("filesystem:" + scripts).orElseThrow();
        assertThat(second).isNotEqualTo(first);

        FileTime time = Files.getLastModifiedTime(r1);
        Files.writeString(r1, Files.readString(r1) + "-- more\n");
        Files.setLastModifiedTime(r1, time);
        String edited = of("filesystem:" + scripts).orElseThrow();
        assertThat(edited).isNotEqualTo(second);

        Files.setLastModifiedTime(r2, FileTime.fromMillis(Files.getLastModifiedTime(r2).toMillis() + 5_000));
        assertThat(of("filesystem:" + scripts).orElseThrow()).isNotEqualTo(edited);
    }

    @Test
    void aMissingLocationHasNoFingerprint() {
        assertThat(of("filesystem:" + dir.resolve("nowhere"))).isEmpty();
        assertThat(of("classpath:no/such/folder")).isEmpty();
    }

    @Test
    void aJarIsFingerprintedByTheJarFileSoARebuiltJarIsNoticed() throws Exception {
        Path jar = dir.resolve("app.jar");
        TestJars.jar(jar, null, Map.of("db/migrations/r1_first.sql",
                TestJars.text(ScriptFiles.script("r1", null, "CREATE TABLE t1 (id INT);"))));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_700_000_000_000L));
        Optional<String> first = inJar(jar);
        assertThat(first).isPresent();
        assertThat(inJar(jar)).isEqualTo(first);

        TestJars.jar(jar, null, Map.of("db/migrations/r1_first.sql",
                TestJars.text(ScriptFiles.script("r1", null, "CREATE TABLE t2 (id INT);"))));
        assertThat(inJar(jar)).isPresent().isNotEqualTo(first);
    }

    private Optional<String> inJar(Path jar) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            return ScriptFingerprint.of(List.of(Location.classpath("db/migrations")), loader);
        }
    }

    private Optional<String> of(String location) {
        return ScriptFingerprint.of(List.of(Location.parse(location)), getClass().getClassLoader());
    }
}
