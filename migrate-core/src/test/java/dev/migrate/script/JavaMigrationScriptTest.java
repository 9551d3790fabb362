package dev.migrate.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.graph.Revision;
import dev.migrate.op.MigrationRevision;
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

class JavaMigrationScriptTest {

    @TempDir
    Path dir;

    @MigrationRevision(id = "m1", down = {"a", "b"}, message = " merge ", branchLabels = {"x", "y"},
            dependsOn = "lbl")
    static final class Merge {
    }

    static final class NotAnnotated {
    }

    @MigrationRevision(id = "abs")
    abstract static class Abstract {
    }

    @MigrationRevision(id = "bad-id")
    static final class BadId {
    }

    @MigrationRevision(id = "ok", down = {"a", "a"})
    static final class TwiceDown {
    }

    @MigrationRevision(id = "ok", dependsOn = "has space")
    static final class SpacedDependsOn {
    }

    @Test
    void readsTheAnnotation() {
        JavaMigrationScript s = JavaMigrationScript.of(Merge.class);
        assertThat(s.revision()).isEqualTo(new Revision("m1", List.of("a", "b"), Set.of("x", "y"), List.of("lbl"),
                "merge", "class dev.migrate.script.JavaMigrationScriptTest$Merge"));
        assertThat(s.transactional()).isTrue();
        assertThat(s.fileName()).isEqualTo("JavaMigrationScriptTest$Merge");
        assertThat(s.migrationClass()).isEqualTo(Merge.class);
        assertThat(s.checksum()).isEmpty();
        assertThat(Scripts.of(List.of(s)).get("m1")).isSameAs(s);
    }

    @Test
    void rejectsClassesThatCannotBeMigrations() {
        String prefix = "class dev.migrate.script.JavaMigrationScriptTest$";
        assertThatThrownBy(() -> JavaMigrationScript.of(NotAnnotated.class)).isInstanceOf(ScriptException.class)
                .hasMessage(prefix + "NotAnnotated is not annotated with @MigrationRevision; add"
                        + " @MigrationRevision(id = \"...\", down = \"...\") to place it in the revision graph.");
        assertThatThrownBy(() -> JavaMigrationScript.of(Abstract.class)).hasMessage(prefix + "Abstract is annotated"
                + " with @MigrationRevision but is abstract; make it a concrete class or remove the annotation.");
        assertThatThrownBy(() -> JavaMigrationScript.of(BadId.class)).hasMessage(prefix + "BadId: 'bad-id' in"
                + " @MigrationRevision(id) is not a valid revision id; use 1 to 32 letters, digits or underscores.");
        assertThatThrownBy(() -> JavaMigrationScript.of(TwiceDown.class)).hasMessage(prefix + "TwiceDown:"
                + " @MigrationRevision(down) names 'a' twice; name it once.");
        assertThatThrownBy(() -> JavaMigrationScript.of(SpacedDependsOn.class)).hasMessage(prefix + "SpacedDependsOn:"
                + " 'has space' in @MigrationRevision(dependsOn) must be a non-empty name without spaces.");
    }

    @Test
    void scriptsGetNamesTheMissingRevision() {
        assertThatThrownBy(() -> Scripts.of(List.of(JavaMigrationScript.of(Merge.class))).get("zz"))
                .isInstanceOf(ScriptException.class)
                .hasMessage("No script declares revision 'zz' (1 scripts loaded); check the id and the migration"
                        + " locations.");
        assertThat(Scripts.of(List.of()).find("zz")).isEmpty();
    }

    @Test
    void aMigrationClassThatCannotBeLoadedIsNamed() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        TestJars.compile(classes, Map.of(
                "broken.Base", "package broken; public class Base { }",
                "broken.R1", "package broken; @dev.migrate.op.MigrationRevision(id = \"r1\") public class R1 extends Base { }"));
        Files.delete(classes.resolve("broken/Base.class"));
        Path jar = TestJars.jar(dir.resolve("broken.jar"), null, TestJars.filesOf(classes, ""));
        try (URLClassLoader cl = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            assertThatThrownBy(() -> new ScriptLoader(cl).load("classpath:broken"))
                    .isInstanceOf(ScriptException.class)
                    .hasMessage("Could not load the Java migration class broken.R1 found at classpath:broken/R1.class:"
                            + " java.lang.NoClassDefFoundError: broken/Base. Check that the class and what it uses are"
                            + " on the classpath.");
        }
    }

    @Test
    void aSecondCopyOfMigrateOnTheClasspathIsReported() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        TestJars.compile(classes, Map.of("twice.R1",
                "package twice; @dev.migrate.op.MigrationRevision(id = \"r1\") public class R1 { }"));
        Map<String, byte[]> entries = new LinkedHashMap<>(TestJars.filesOf(classes, ""));
        entries.putAll(TestJars.filesOf(TestJars.codeSource(MigrationRevision.class).resolve("dev/migrate/op"),
                "dev/migrate/op/"));
        Path jar = TestJars.jar(dir.resolve("twice.jar"), null, entries);
        try (URLClassLoader cl = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> new ScriptLoader(cl).load("classpath:twice")).hasMessage("class twice.R1 carries a"
                    + " @MigrationRevision from another class loader than Migrate's own; put migrate-core on the"
                    + " classpath only once.");
        }
    }
}
