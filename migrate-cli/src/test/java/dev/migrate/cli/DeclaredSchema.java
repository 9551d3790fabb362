package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A declared schema compiled outside the CLI's class path, as an application's would be: the class
 * {@code com.example.db.Schema} in {@code <dir>/classes}, with two versions of the schema, {@code V1} (devices and
 * readings) and {@code v2()} (V1 plus {@code devices.description}).
 */
final class DeclaredSchema {

    static final String CLASS = "com.example.db.Schema";
    static final String V1 = CLASS + "#V1";
    static final String V2 = CLASS + "#v2";

    private DeclaredSchema() {
    }

    /** Compiles the schema class into {@code <dir>/classes} and returns that folder. */
    static Path compile(Path dir) {
        try {
            Path source = dir.resolve("src/com/example/db/Schema.java");
            Files.createDirectories(source.getParent());
            Files.writeString(source, """
                    package com.example.db;

                    import static dev.migrate.schema.SqlType.INTEGER;
                    import static dev.migrate.schema.SqlType.REAL;
                    import static dev.migrate.schema.SqlType.TEXT;
                    import static dev.migrate.schema.SqlType.VARCHAR;

                    import dev.migrate.schema.MetaData;

                    public final class Schema {
                        public static final MetaData V1 = MetaData.builder()
                                .table("devices", t -> t
                                        .column("id", INTEGER, c -> c.primaryKey())
                                        .column("name", VARCHAR(100), c -> c.notNull()))
                                .table("readings", t -> t
                                        .column("id", INTEGER, c -> c.primaryKey())
                                        .column("device_id", INTEGER, c -> c.notNull().references("devices", "id"))
                                        .column("celsius", REAL))
                                .build();

                        public static MetaData v2() {
                            return MetaData.builder()
                                    .table("devices", t -> t
                                            .column("id", INTEGER, c -> c.primaryKey())
                                            .column("name", VARCHAR(100), c -> c.notNull())
                                            .column("description", TEXT))
                                    .table("readings", t -> t
                                            .column("id", INTEGER, c -> c.primaryKey())
                                            .column("device_id", INTEGER, c -> c.notNull().references("devices", "id"))
                                            .column("celsius", REAL))
                                    .build();
                        }
                    }
                    """);
            return compile(source, dir.resolve("classes"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles {@code source} against the test class path into {@code classes}, and returns that folder. */
    static Path compile(Path source, Path classes) throws IOException {
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean compiled = javac.getTask(diagnostics, null, null, List.of("-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path")), null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjects(source)).call();
        assertThat(compiled).as(diagnostics.toString()).isTrue();
        return classes;
    }
}
