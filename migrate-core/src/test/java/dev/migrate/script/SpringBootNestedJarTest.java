package dev.migrate.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.boot.loader.launch.JarLauncher;

/**
 * Builds a Spring Boot executable jar (launcher, {@code BOOT-INF/classes}, nested jars in {@code BOOT-INF/lib})
 * and runs it in its own JVM: scripts and Java migrations are found through {@code jar:nested:} URLs.
 */
class SpringBootNestedJarTest {

    @TempDir
    Path dir;

    @Test
    void findsScriptsInBootInfClassesAndInNestedJars() throws Exception {
        Path appClasses = Files.createDirectories(dir.resolve("app"));
        TestJars.compile(appClasses, Map.of("nestedapp.Main", """
                package nestedapp;

                import dev.migrate.script.*;

                public class Main {
                    public static void main(String[] args) {
                        Scripts scripts = new ScriptLoader(Main.class.getClassLoader()).load("classpath:nestedapp/migrations");
                        for (Script s : scripts) {
                            String what = s instanceof SqlScript sql
                                    ? sql.upgradeStatements().get(0).sql() + " @" + sql.upgradeStatements().get(0).line()
                                    : ((JavaMigrationScript) s).migrationClass().getName();
                            System.out.println(s.id() + " | " + s.location() + " | " + what);
                        }
                        System.out.println("fingerprint: " + ScriptFingerprint.of(
                                java.util.List.of(Location.classpath("nestedapp/migrations")),
                                Main.class.getClassLoader()).map(f -> f.length()).orElse(0));
                    }
                }
                """), TestJars.codeSource(ScriptLoader.class));
        Path libClasses = Files.createDirectories(dir.resolve("lib"));
        TestJars.compile(libClasses, Map.of("nestedapp.migrations.R0003_Java", """
                package nestedapp.migrations;

                @dev.migrate.op.MigrationRevision(id = "0003", down = "0002")
                public class R0003_Java {
                }
                """));
        Map<String, byte[]> lib = new LinkedHashMap<>(TestJars.filesOf(libClasses, ""));
        lib.put("nestedapp/migrations/0002_b.sql", TestJars.text(ScriptFiles.script("0002", "0001", "SELECT 2;")));

        Map<String, byte[]> entries = new LinkedHashMap<>();
        TestJars.filesOfJar(TestJars.codeSource(JarLauncher.class)).forEach((name, bytes) -> {
            if (name.startsWith("org/")) {
                entries.put(name, bytes);
            }
        });
        entries.putAll(TestJars.filesOf(appClasses, "BOOT-INF/classes/"));
        entries.put("BOOT-INF/classes/nestedapp/migrations/0001_a.sql",
                TestJars.text(ScriptFiles.script("0001", "", "SELECT 1;")));
        entries.put("BOOT-INF/lib/migrate-core.jar", jarBytes("core.jar",
                TestJars.filesOf(TestJars.codeSource(ScriptLoader.class), "")));
        entries.put("BOOT-INF/lib/slf4j-api.jar", Files.readAllBytes(TestJars.codeSource(LoggerFactory.class)));
        entries.put("BOOT-INF/lib/migrations.jar", jarBytes("migrations.jar", lib));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, JarLauncher.class.getName());
        manifest.getMainAttributes().putValue("Start-Class", "nestedapp.Main");
        manifest.getMainAttributes().putValue("Spring-Boot-Classes", "BOOT-INF/classes/");
        manifest.getMainAttributes().putValue("Spring-Boot-Lib", "BOOT-INF/lib/");
        Path app = TestJars.jar(dir.resolve("app.jar"), manifest, entries, ".jar");

        String output = run(app);
        assertThat(output.lines().filter(l -> l.contains(" | "))).containsExactly(
                "0001 | classpath:nestedapp/migrations/0001_a.sql | SELECT 1 @6",
                "0002 | classpath:nestedapp/migrations/0002_b.sql | SELECT 2 @6",
                "0003 | class nestedapp.migrations.R0003_Java | nestedapp.migrations.R0003_Java");
        assertThat(output.lines()).contains("fingerprint: 64");
    }

    private byte[] jarBytes(String name, Map<String, byte[]> entries) throws IOException {
        return Files.readAllBytes(TestJars.jar(dir.resolve(name), null, entries));
    }

    private static String run(Path jar) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-jar", jar.toString()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(text).isZero();
        return text;
    }
}
