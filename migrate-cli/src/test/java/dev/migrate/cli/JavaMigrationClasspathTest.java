package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Java migration compiled outside the CLI's class path, found through {@code --classpath}. */
class JavaMigrationClasspathTest {

    @TempDir
    Path dir;

    @Test
    void javaMigrationsFromExtraClassFolders() throws Exception {
        Project project = new Project(dir).linear();
        Path source = dir.resolve("src/com/example/migrations/SeedTable.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package com.example.migrations;

                import dev.migrate.op.Migration;
                import dev.migrate.op.MigrationRevision;
                import dev.migrate.op.Ops;

                @MigrationRevision(id = "d4", down = "c3", message = "seed table")
                public final class SeedTable implements Migration {
                    public void upgrade(Ops op) throws Exception {
                        op.execute("CREATE TABLE seeds (id INTEGER PRIMARY KEY)");
                    }

                    public void downgrade(Ops op) throws Exception {
                        op.execute("DROP TABLE seeds");
                    }
                }
                """);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean compiled = javac.getTask(diagnostics, null, null, List.of("-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path")), null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjects(source)).call();
        assertThat(compiled).as(diagnostics.toString()).isTrue();

        Cli.Result r = Cli.in(dir).run("--url", project.sqliteUrl(), "--classpath", "classes", "--java-packages",
                "com.example.migrations", "upgrade", "heads");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Running upgrade c3 -> d4, seed table\n").contains("Upgraded to d4 in 4 steps");
        assertThat(Project.tables(project.sqliteUrl())).contains("seeds");

        Cli.Result without = Cli.in(dir).run("--url", project.sqliteUrl(), "heads");
        assertThat(without.out()).isEqualTo("c3 (head)\n");
    }
}
