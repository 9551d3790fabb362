package dev.migrate.reliability;

import static dev.migrate.reliability.Catalogue.AUTOGENERATE;
import static dev.migrate.reliability.Catalogue.cli;

import dev.migrate.reliability.schema.ShopSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The cases of the {@link Catalogue} for {@code revision --autogenerate} and {@code check}: where the declared schema
 * comes from ({@code --metadata}, {@code --classpath}) and what is compared ({@code --include-tables},
 * {@code --exclude-tables}).
 */
final class AutogenerateCases {

    private static final String SHOP = ShopSchema.class.getName();

    private AutogenerateCases() {
    }

    static void add(List<Case> c) {
        c.add(cli("check without a declared schema", AUTOGENERATE,
                "'check' is run with neither --metadata nor migrate.metadata.",
                "Name the class of the declared schema with --metadata and its compiled classes with --classpath, "
                        + "or set migrate.metadata and migrate.classpath in migrate.properties.",
                Fixture::linear,
                "check")
                .expect("exit 2", "migrate: error: 'check' compares the declared schema with the database, and none is "
                        + "given: pass --metadata com.example.db.Schema (a class with one public static MetaData "
                        + "field or method, or a dev.migrate.schema.MetaDataProvider) with --classpath naming its "
                        + "compiled classes and their dependencies (such as --classpath target/classes), or set "
                        + "migrate.metadata and migrate.classpath in migrate.properties"));
        c.add(cli("revision --autogenerate without a declared schema", AUTOGENERATE,
                "'revision --autogenerate' is run with neither --metadata nor migrate.metadata.",
                "Name the class of the declared schema with --metadata and its compiled classes with --classpath, "
                        + "or set them in migrate.properties; without --autogenerate, revision writes an empty script.",
                Fixture::linear,
                "revision", "--autogenerate", "-m", "phones")
                .expect("exit 2", "migrate: error: 'revision --autogenerate' compares the declared schema with the "
                        + "database, and none is given: pass --metadata com.example.db.Schema (a class with one public "
                        + "static MetaData field or method, or a dev.migrate.schema.MetaDataProvider) with --classpath "
                        + "naming its compiled classes and their dependencies (such as --classpath target/classes), or "
                        + "set migrate.metadata and migrate.classpath in migrate.properties"));
        c.add(cli("--metadata class not on --classpath", AUTOGENERATE,
                "The class named by --metadata is in none of the folders and jars of --classpath (a typo in the "
                        + "name, or the application is not compiled).",
                "Correct the class name, or compile the application and give its classes folder or jar.",
                f -> Files.createDirectories(f.linear().dir.resolve("classes")),
                "check", "--metadata", "com.example.db.Schema", "--classpath", "classes")
                .expect("exit 2", "migrate: error: Could not load the declared schema: class com.example.db.Schema (named "
                        + "by --metadata) is not on the classpath; the classpath searched is <dir>/classes: check the "
                        + "class name, and that these folders or jars hold the compiled application and its "
                        + "dependencies"));
        c.add(cli("--metadata without --classpath", AUTOGENERATE,
                "--metadata names a class of the application, but no classpath says where its compiled classes are.",
                "Add --classpath with the application's classes and dependencies (such as target/classes), or set "
                        + "migrate.classpath.",
                Fixture::linear,
                "check", "--metadata", "com.example.db.Schema")
                .expect("exit 2", "migrate: error: Could not load the declared schema: class com.example.db.Schema (named "
                        + "by --metadata) is not on the classpath, and no classpath is given: pass --classpath with the "
                        + "jars or class folders that hold it and its dependencies (such as --classpath "
                        + "target/classes), or set migrate.classpath in migrate.properties"));
        c.add(cli("--classpath entry missing", AUTOGENERATE,
                "A folder or jar of --classpath does not exist (the application is not compiled yet, or the path "
                        + "is relative to another folder).",
                "Compile the application, or correct the path; relative paths start at the working directory.",
                Fixture::linear,
                "check", "--metadata", SHOP + "#V1", "--classpath", "target/classes")
                .expect("exit 2", "migrate: error: The classpath entry 'target/classes' (from --classpath) does not exist "
                        + "(looked at <dir>/target/classes); give jars or class folders that exist, such as "
                        + "target/classes after compiling the application"));
        c.add(cli("--metadata class with several schemas", AUTOGENERATE,
                "The class has more than one public static MetaData field or method, and --metadata does not say "
                        + "which.",
                "Add #member to --metadata, such as " + SHOP + "#V1.",
                AutogenerateCases::compiled,
                "check", "--metadata", SHOP, "--classpath", "classes")
                .expect("exit 2", "migrate: error: Class " + SHOP + " does not say which schema to use: it should "
                        + "implement dev.migrate.schema.MetaDataProvider, or have exactly one public static MetaData "
                        + "field or no-argument method, but it has 2 (V1, v2). Name one as " + SHOP + "#member (named "
                        + "by --metadata)"));
        c.add(cli("--metadata member that is not a MetaData", AUTOGENERATE,
                "#member names a field of the class that is not a MetaData (or no member at all).",
                "Name one of the MetaData members the message lists.",
                AutogenerateCases::compiled,
                "check", "--metadata", SHOP + "#NAME", "--classpath", "classes")
                .expect("exit 2", "migrate: error: Class " + SHOP + " has no public static MetaData field or no-argument "
                        + "method named NAME; it has 2 (V1, v2): write one of those after the #, such as " + SHOP
                        + "#V1 (named by --metadata)"));
        c.add(cli("table pattern written as a regular expression", AUTOGENERATE,
                "--include-tables or --exclude-tables is given a regular expression; patterns are table names with "
                        + "* and ?.",
                "Write the pattern with * (any characters) and ? (one character), such as audit_*.",
                AutogenerateCases::compiled,
                "check", "--metadata", SHOP + "#V1", "--classpath", "classes", "--exclude-tables", "^audit_.*$")
                .expect("exit 2", "migrate: error: Bad --exclude-tables pattern '^audit_.*$': it looks like a regular "
                        + "expression, but patterns are table names with * (any characters) and ? (one character), "
                        + "such as 'audit_*'"));
        c.add(cli("schema options without --autogenerate", AUTOGENERATE,
                "--metadata, --include-tables or --exclude-tables is given to plain 'revision', which writes an "
                        + "empty script and compares nothing.",
                "Add --autogenerate to write the differences, or leave the options out.",
                AutogenerateCases::compiled,
                "revision", "-m", "phones", "--metadata", SHOP + "#v2", "--classpath", "classes")
                .expect("exit 2", "migrate: error: --metadata, --include-tables, --exclude-tables and "
                        + "--compare-server-defaults apply to revision --autogenerate only; add --autogenerate or "
                        + "leave them out"));
        c.add(cli("check on a database behind the scripts", AUTOGENERATE,
                "The database is not at the scripts' heads, so the comparison would report what the pending "
                        + "revisions already do.",
                "Upgrade the database to heads first, then check.",
                f -> classes(f.linear().upgrade("b2")),
                "check", "--metadata", SHOP + "#V1", "--classpath", "classes")
                .expect("exit 1", "migrate: error: The database is not up to date, so 'check' would compare the declared "
                        + "schema with an old schema: it is at b2 and the scripts' heads are c3. Run 'migrate upgrade "
                        + "heads' first"));
    }

    /** The scripts, and the application's compiled classes. */
    private static void compiled(Fixture f) throws IOException {
        classes(f.linear());
    }

    /**
     * {@code <dir>/classes} holding the compiled {@link ShopSchema}, as an application's build would leave it.
     * (In-process, the CLI's own class path has the class too: the copy makes the command true to life rather than
     * changing what it finds.)
     */
    private static void classes(Fixture f) throws IOException {
        String resource = SHOP.replace('.', '/') + ".class";
        Path target = f.dir.resolve("classes").resolve(resource);
        Files.createDirectories(target.getParent());
        try (InputStream in = ShopSchema.class.getClassLoader().getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
    }
}
