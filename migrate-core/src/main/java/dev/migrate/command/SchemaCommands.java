package dev.migrate.command;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.SchemaCreator;
import dev.migrate.jdbc.DatabaseException;
import dev.migrate.schema.MetaData;
import dev.migrate.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@link Migrator#createAll} and {@link Migrator#dropAll}: a declared schema made or removed without migrations. */
final class SchemaCommands {

    private final Database database;

    SchemaCommands(Database database) {
        this.database = database;
    }

    SchemaResult createAll(MetaData declared) {
        try (Connection c = database.open("create-all")) {
            SchemaCreator creator = new SchemaCreator(database.dialect(c));
            Set<String> before = tables(c);
            List<String> statements = creator.createAll(c, declared);
            return new SchemaResult(names(declared, before, false), statements);
        } catch (SQLException e) {
            throw new DatabaseException("create the tables of the declared schema (createAll)", null, null, e);
        }
    }

    SchemaResult dropAll(MetaData declared) {
        try (Connection c = database.open("drop-all")) {
            SchemaCreator creator = new SchemaCreator(database.dialect(c));
            Set<String> before = tables(c);
            List<String> statements = creator.dropAll(c, declared);
            return new SchemaResult(names(declared, before, true), statements);
        } catch (SQLException e) {
            throw new DatabaseException("drop the tables of the declared schema (dropAll)", null, null, e);
        }
    }

    /** The tables on the connection, in lower case (SQLite ignores the case of names; unquoted PostgreSQL ones are lower). */
    private Set<String> tables(Connection c) throws SQLException {
        Dialect dialect = database.dialect(c);
        Set<String> lower = new HashSet<>();
        dialect.inventory(c).tables().forEach(t -> lower.add(t.toLowerCase(Locale.ROOT)));
        return lower;
    }

    /** The declared tables that existed before ({@code existed}) or did not. */
    private static List<String> names(MetaData declared, Set<String> before, boolean existed) {
        return declared.tables().stream().map(Table::name)
                .filter(t -> before.contains(t.toLowerCase(Locale.ROOT)) == existed).toList();
    }
}
