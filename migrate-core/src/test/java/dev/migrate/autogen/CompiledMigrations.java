package dev.migrate.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.op.Migration;
import dev.migrate.op.MigrationOp;
import dev.migrate.op.Ops;
import java.io.File;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles Java migration source with the JDK's compiler and runs it, collecting the ops it emits. */
final class CompiledMigrations {

    private CompiledMigrations() {
    }

    /** Compiles {@code source} (class {@code className} in package {@code pkg}) under {@code dir} and loads it. */
    static Migration compile(Path dir, String pkg, String className, String source) throws Exception {
        Path file = dir.resolve("src").resolve(pkg.replace('.', '/')).resolve(className + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        Path out = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String classpath = Path.of(Ops.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        StringWriter errors = new StringWriter();
        boolean ok = javac.getTask(errors, null, null,
                List.of("-classpath", classpath + File.pathSeparator + System.getProperty("java.class.path"),
                        "-d", out.toString(), "-proc:none", "-Xlint:all", "-Werror"),
                null, javac.getStandardFileManager(null, null, null).getJavaFileObjects(file.toFile())).call();
        assertThat(ok).as("the rendered source compiles:\n%s\n%s", errors, source).isTrue();
        URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, CompiledMigrations.class.getClassLoader());
        return (Migration) loader.loadClass(pkg + "." + className).getDeclaredConstructor().newInstance();
    }

    /** The ops {@code migration} emits in its upgrade. */
    static List<MigrationOp> upgradeOps(Migration migration, String dialect) throws Exception {
        List<MigrationOp> ops = new ArrayList<>();
        migration.upgrade(new Ops(ops::add, dialect, null));
        return ops;
    }

    /** The ops {@code migration} emits in its downgrade. */
    static List<MigrationOp> downgradeOps(Migration migration, String dialect) throws Exception {
        List<MigrationOp> ops = new ArrayList<>();
        migration.downgrade(new Ops(ops::add, dialect, null));
        return ops;
    }
}
