package dev.migrate.autogen;

import static dev.migrate.autogen.AutogenContract.base;
import static dev.migrate.autogen.AutogenContract.schema;
import static dev.migrate.schema.SqlType.INTEGER;
import static dev.migrate.schema.SqlType.VARCHAR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.op.CreateTable;
import dev.migrate.schema.Table;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the compare options choose, on a real database. One subclass per database. */
abstract class CompareOptionsContract {

    protected Connection connection;
    protected LiveSchema db;

    protected abstract Connection open() throws Exception;

    protected void dispose() throws Exception {
    }

    @BeforeEach
    void openDatabase() throws Exception {
        connection = open();
        db = new LiveSchema(connection, CompareOptions.defaults());
    }

    @AfterEach
    void closeDatabase() throws Exception {
        if (connection != null) { // null when the database could not be had (a skipped PostgreSQL test)
            connection.close();
        }
        dispose();
    }

    @Test
    void defaultsAreNotComparedUnlessAskedFor() throws Exception {
        db = new LiveSchema(connection, CompareOptions.defaults());
        db.create(schema(t -> { }, t -> t.column("state", VARCHAR(20), c -> c.defaultValue("new"))));

        assertThat(db.compare(schema(t -> { }, t -> t.column("state", VARCHAR(20), c -> c.defaultValue("old")))).report())
                .isEqualTo(SchemaDiff.NO_CHANGES);
    }

    @Test
    void theVersionAndHistoryTablesAreNeverReported() throws Exception {
        db = new LiveSchema(connection, CompareOptions.defaults().ignoreTables("migrate_version", "MIGRATE_HISTORY"));
        db.create(base());
        db.apply(List.of(new CreateTable(Table.table("migrate_version", t -> t.column("version_num", VARCHAR(32),
                c -> c.primaryKey()))), new CreateTable(Table.table("migrate_history", t -> t.column("id", INTEGER)))));

        assertThat(db.compare(base()).report()).isEqualTo(SchemaDiff.NO_CHANGES);
    }

    @Test
    void includeAndExcludePatternsChooseTheTablesCompared() throws Exception {
        db.create(base());
        db.apply(List.of(new CreateTable(Table.table("audit_log", t -> t.column("id", INTEGER))),
                new CreateTable(Table.table("audit_keep", t -> t.column("id", INTEGER)))));

        db = new LiveSchema(connection, CompareOptions.defaults().excludeTables("audit_*"));
        assertThat(db.compare(base()).report()).isEqualTo(SchemaDiff.NO_CHANGES);
        db = new LiveSchema(connection, CompareOptions.defaults().includeTables("AUDIT_*").excludeTables("*_keep"));
        assertThat(db.compare(base()).report()).isEqualTo("""
                1 difference between the declared schema and the database:
                  - removed table 'audit_log'""");
    }
}
