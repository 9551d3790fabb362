package dev.migrate.cli;

import dev.migrate.command.MetaDataLoader;
import dev.migrate.command.Migrator;
import dev.migrate.command.RevisionInfo;
import dev.migrate.command.RevisionStatus;
import dev.migrate.jdbc.MaskedUrl;
import dev.migrate.runtime.MigrationListener;
import dev.migrate.schema.MetaData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One run of a verb: the resolved settings, the migrators built from them, and the class loader for
 * {@code --classpath}, closed at the end. Embedded in an application ({@link EmbeddedCli}), the migrators start
 * from the application's configuration instead, and the options other than the connection override it.
 */
final class Session implements AutoCloseable {

    private final GlobalOptions options;
    private final CliEnvironment env;
    private final Secrets secrets;
    private final PrintWriter err;
    private final Embedding embedding;
    private Settings settings;
    private URLClassLoader classLoader;
    private GraphView graph;

    Session(GlobalOptions options, CliEnvironment env, Secrets secrets, PrintWriter err, Embedding embedding) {
        this.options = options;
        this.env = env;
        this.secrets = secrets;
        this.err = err;
        this.embedding = embedding;
    }

    /** The settings, resolved on first use; embedded, only the options (no environment, no properties file). */
    Settings settings() {
        if (settings == null && embedding != null) {
            settings = EmbeddedSettings.resolve(options, env);
        } else if (settings == null) {
            settings = Settings.resolve(options, env, secrets);
        }
        return settings;
    }

    /** A migrator that never connects: for the scripts alone (heads, history, revision, …). */
    Migrator scripts() {
        return build(builder());
    }

    /**
     * A migrator for offline SQL: the URL (if any) only names the dialect; nothing connects, and no password is
     * asked for.
     */
    Migrator offline() {
        Settings s = settings();
        Migrator.Builder b = builder();
        if (embedding == null && s.url() != null) {
            b.url(s.url()).user(s.user());
        }
        return build(b);
    }

    /** A migrator that connects; asks for the password when {@code --password} had no value. */
    Migrator connected(MigrationListener... listeners) {
        return connected(b -> { }, listeners);
    }

    /** A migrator that connects, with {@code extra} applied to its builder ({@code acceptChecksums}, …). */
    Migrator connected(Consumer<Migrator.Builder> extra, MigrationListener... listeners) {
        if (embedding != null) {
            Migrator.Builder b = builder();
            for (MigrationListener listener : listeners) {
                b.listener(listener);
            }
            extra.accept(b);
            return build(b);
        }
        Settings s = settings();
        if (s.url() == null) {
            throw new UsageException("No database given: pass --url (for example --url jdbc:sqlite:app.db), set "
                    + "the environment variable DATABASE_URL, or set migrate.url in "
                    + (s.configFile() != null ? s.configFile()
                    : env.resolve(Path.of("migrate.properties"))
                            + " (there is no such file; 'migrate init' writes one)"));
        }
        String password = s.password();
        if (GlobalOptions.PROMPT.equals(password)) {
            char[] typed = env.passwordReader().read("Password for " + (s.user() == null ? "" : s.user() + " at ")
                    + MaskedUrl.mask(s.url()) + ": ", err);
            password = typed == null ? "" : new String(typed);
            secrets.add(password);
        }
        Migrator.Builder b = builder().url(s.url()).user(s.user()).password(password);
        for (MigrationListener listener : listeners) {
            b.listener(listener);
        }
        extra.accept(b);
        return build(b);
    }

    /** Where the database is, for messages, password masked. */
    String describeDatabase() {
        if (embedding != null) {
            return embedding.describeDatabase();
        }
        Settings s = settings();
        return s.url() == null ? "(no database)" : MaskedUrl.mask(s.url());
    }

    /** Every revision of the scripts, indexed; loaded once. */
    GraphView graph() {
        if (graph == null) {
            List<RevisionInfo> all = scripts().history("", false).revisions().stream()
                    .map(RevisionStatus::revision).flatMap(Optional::stream).toList();
            graph = new GraphView(all);
        }
        return graph;
    }

    /**
     * The declared schema for {@code verb}: the class named by {@code reference} ({@code --metadata}), else by
     * {@code migrate.metadata}, loaded with {@code --classpath}; embedded, else the application's own.
     */
    MetaData declaredSchema(String reference, String verb) {
        String origin = reference != null ? "--metadata" : null;
        String ref = reference;
        if (ref == null && embedding == null && settings().metadata() != null) {
            ref = settings().metadata();
            origin = "migrate.metadata in " + settings().configFile();
        }
        if (ref == null && embedding != null && embedding.metaData() != null) {
            return embedding.metaData();
        }
        if (ref == null) {
            throw new UsageException("'" + verb + "' compares the declared schema with the database, and none is "
                    + "given: " + (embedding != null ? "declare a MetaData @Bean in the application, or " : "")
                    + "pass --metadata com.example.db.Schema (a class with one public static MetaData field or "
                    + "method, or a dev.migrate.schema.MetaDataProvider)"
                    + (embedding != null ? "" : " with --classpath naming its compiled classes and their dependencies "
                    + "(such as --classpath target/classes), or set migrate.metadata and migrate.classpath in "
                    + "migrate.properties"));
        }
        ClassLoader loader = schemaClassLoader();
        try {
            return MetaDataLoader.load(ref, loader);
        } catch (IllegalArgumentException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ClassNotFoundException || cause instanceof LinkageError) {
                throw new UsageException(notLoaded(ref, origin, cause), e);
            }
            throw new UsageException(e.getMessage() + " (named by " + origin + ")", e);
        }
    }

    /** Which class of {@code ref} did not load, where it was looked for, and what to do. */
    private String notLoaded(String ref, String origin, Throwable cause) {
        int hash = ref.indexOf('#');
        String className = (hash < 0 ? ref : ref.substring(0, hash)).strip();
        String what = "Could not load the declared schema: class " + className + " (named by " + origin + ") "
                + (cause instanceof ClassNotFoundException ? "is not on the classpath"
                        : "could not be loaded (" + cause + ")");
        if (embedding != null) {
            return what + "; the class must be part of the application or given with --classpath";
        }
        if (settings().classpath().isEmpty()) {
            return what + ", and no classpath is given: pass --classpath with the jars or class folders that hold it "
                    + "and its dependencies (such as --classpath target/classes), or set migrate.classpath in "
                    + "migrate.properties";
        }
        return what + "; the classpath searched is " + String.join(java.io.File.pathSeparator,
                settings().classpath().stream().map(Path::toString).toList())
                + ": check the class name, and that these folders or jars hold the compiled application and its "
                + "dependencies";
    }

    private ClassLoader schemaClassLoader() {
        ClassLoader loader = classLoader(settings());
        if (loader != null) {
            return loader;
        }
        return embedding != null ? embedding.classLoader() : Session.class.getClassLoader();
    }

    private Migrator.Builder builder() {
        if (embedding != null) {
            return EmbeddedSettings.apply(settings(), Migrator.builder(embedding.config()),
                    classLoader(settings()));
        }
        Settings s = settings();
        Migrator.Builder b = Migrator.builder()
                .locations(s.locations())
                .javaPackages(s.javaPackages())
                .versionTable(s.versionTable())
                .historyTable(s.historyTable())
                .schema(s.schema())
                .dialect(s.dialect())
                .transactionMode(s.transactionMode())
                .lockTimeout(s.lockTimeout());
        ClassLoader loader = classLoader(s);
        if (loader != null) {
            b.classLoader(loader);
        }
        return b;
    }

    private static Migrator build(Migrator.Builder b) {
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    private ClassLoader classLoader(Settings s) {
        if (s.classpath().isEmpty()) {
            return null;
        }
        if (classLoader == null) {
            URL[] urls = s.classpath().stream().map(Session::toUrl).toArray(URL[]::new);
            ClassLoader parent = embedding != null ? embedding.classLoader() : Session.class.getClassLoader();
            classLoader = new URLClassLoader("migrate-classpath", urls, parent);
        }
        return classLoader;
    }

    private static URL toUrl(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UsageException("The --classpath entry " + path + " cannot be used as a URL: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        if (classLoader != null) {
            try {
                classLoader.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not close the --classpath class loader", e);
            }
        }
    }
}
