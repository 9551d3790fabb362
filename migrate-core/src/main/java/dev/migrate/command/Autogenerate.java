package dev.migrate.command;

import dev.migrate.autogen.Autogenerator;
import dev.migrate.autogen.CompareOptions;
import dev.migrate.autogen.JavaRenderer;
import dev.migrate.autogen.ReviewHeader;
import dev.migrate.autogen.SchemaDiff;
import dev.migrate.autogen.SqlRenderer;
import dev.migrate.dialect.Dialect;
import dev.migrate.jdbc.DatabaseException;
import dev.migrate.schema.MetaData;
import dev.migrate.script.Checksum;
import dev.migrate.script.NewRevision;
import dev.migrate.script.ScriptWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The autogenerate commands behind {@link Migrator}: compare the declared schema with the database,
 * check that they match, and write a revision holding the ops that make them match. The tables compared
 * are those of the connection's current schema, where migrations create them (on PostgreSQL the
 * configured schema holds only the version table and history log); those two are never compared.
 */
final class Autogenerate {

    private final MigrateConfig config;
    private final Database database;
    private final ScriptCommands scripts;

    Autogenerate(MigrateConfig config) {
        this.config = config;
        this.database = new Database(config);
        this.scripts = new ScriptCommands(config);
    }

    /** The differences, whatever revision the database is at. */
    SchemaDiff compare(MetaData declared, CompareOptions options) {
        try (Connection c = database.open("compare")) {
            return autogenerator(c, options).compare(requireDeclared(declared), c, null);
        } catch (SQLException e) {
            throw new DatabaseException("close the connection", null, null, e);
        }
    }

    /** The differences, once the database is at the heads of the scripts. */
    SchemaDiff check(MetaData declared, CompareOptions options) {
        Catalog catalog = Catalog.load(config);
        try (Connection c = database.open("check")) {
            requireUpToDate(catalog, c, "check");
            return autogenerator(c, options).compare(requireDeclared(declared), c, null);
        } catch (SQLException e) {
            throw new DatabaseException("read the database for 'check'", null, null, e);
        }
    }

    /** Writes a revision whose upgrade makes the database match {@code declared} and whose downgrade undoes it. */
    AutogenerateResult revision(String message, RevisionOptions options, MetaData declared, CompareOptions compare) {
        RevisionOptions o = options == null ? RevisionOptions.defaults() : options;
        Catalog catalog = Catalog.load(config);
        NewRevision revision = scripts.newRevision(message, o);
        try (Connection c = database.open("revision --autogenerate")) {
            requireUpToDate(catalog, c, "revision --autogenerate");
            Autogenerator autogen = autogenerator(c, compare);
            SchemaDiff diff = autogen.compare(requireDeclared(declared), c, null);
            Dialect dialect = autogen.dialect();
            return new AutogenerateResult(o.format() == ScriptFormat.JAVA ? writeJava(revision, o, diff, dialect)
                    : writeSql(revision, o, diff, dialect, c), diff);
        } catch (SQLException e) {
            throw new DatabaseException("read the database for 'revision --autogenerate'", null, null, e);
        }
    }

    private Autogenerator autogenerator(Connection c, CompareOptions options) {
        CompareOptions o = Objects.requireNonNullElse(options, CompareOptions.defaults())
                .ignoreTables(config.versionTable(), config.historyTable());
        return new Autogenerator(database.dialect(c), o);
    }

    private static MetaData requireDeclared(MetaData declared) {
        if (declared == null) {
            throw new IllegalArgumentException("Autogenerate needs the declared schema (a MetaData) to compare the"
                    + " database with; give the class that provides it");
        }
        return declared;
    }

    /** Fails unless the version rows are exactly the heads of the scripts, as Alembic does. */
    private void requireUpToDate(Catalog catalog, Connection c, String command) throws SQLException {
        List<String> rows = database.versionTable(database.dialect(c)).read(c);
        List<String> heads = catalog.migrations().graph().heads().stream().map(r -> r.id()).sorted().toList();
        if (!rows.equals(heads)) {
            throw new IllegalStateException("The database is not up to date, so '" + command + "' would compare the"
                    + " declared schema with an old schema: it is at " + (rows.isEmpty() ? "base" : String.join(", ", rows))
                    + " and the scripts' heads are " + (heads.isEmpty() ? "none" : String.join(", ", heads))
                    + ". Run 'migrate upgrade heads' first");
        }
    }

    private ScriptResult writeSql(NewRevision revision, RevisionOptions o, SchemaDiff diff, Dialect dialect, Connection c)
            throws SQLException {
        SqlRenderer.Rendered sql = SqlRenderer.render(diff, dialect, dialect.liveTables(c));
        String text = ReviewHeader.comment(diff, dialect.name(), "--") + "\n"
                + ScriptWriter.renderSql(revision, sql.upgrade(), sql.downgrade());
        Path file = write(scripts.sqlFolder(o).resolve(ScriptWriter.sqlFileName(revision)), text);
        return ScriptCommands.result(revision, file, Checksum.of(text.getBytes(StandardCharsets.UTF_8)).value());
    }

    private ScriptResult writeJava(NewRevision revision, RevisionOptions o, SchemaDiff diff, Dialect dialect) {
        String pkg = scripts.javaPackage(o);
        String className = ScriptWriter.javaClassName(revision);
        JavaRenderer.Rendered up = JavaRenderer.render(diff.upgradeOps());
        JavaRenderer.Rendered down = JavaRenderer.render(diff.downgradeOps());
        List<String> imports = new ArrayList<>(up.imports());
        down.imports().stream().filter(i -> !imports.contains(i)).forEach(imports::add);
        String text = ReviewHeader.comment(diff, dialect.name(), "//")
                + ScriptWriter.renderJava(revision, pkg, className, up.code(), down.code(), imports);
        Path folder = scripts.javaSourceRoot(o).resolve(pkg.replace('.', '/'));
        return ScriptCommands.result(revision, write(folder.resolve(className + ".java"), text), null);
    }

    private static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, text.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return file;
        } catch (FileAlreadyExistsException e) {
            throw new UncheckedIOException("Could not write " + file + ": the file already exists, and Migrate never"
                    + " overwrites a script. Choose another message or id, or move the file away.", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage()
                    + "; check that the folder is writable.", e);
        }
    }
}
