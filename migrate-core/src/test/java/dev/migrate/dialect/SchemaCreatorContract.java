package dev.migrate.dialect;

import static dev.migrate.schema.SqlType.BIGINT;
import static dev.migrate.schema.SqlType.INTEGER;
import static dev.migrate.schema.SqlType.TEXT;
import static dev.migrate.schema.SqlType.VARCHAR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.MetaData;
import dev.migrate.schema.ReferentialAction;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** createAll then dropAll of a 30-table schema with foreign-key cycles; one subclass per database. */
public abstract class SchemaCreatorContract {

    protected Connection connection;
    protected Dialect dialect;
    protected Catalog db;
    protected SchemaCreator creator;

    protected abstract Connection open() throws Exception;

    protected void dispose() throws Exception {
    }

    @BeforeEach
    void openDatabase() throws Exception {
        connection = open();
        dialect = Dialect.forJdbcUrl(connection.getMetaData().getURL());
        db = new Catalog(connection);
        creator = new SchemaCreator(dialect);
    }

    @AfterEach
    void closeDatabase() throws Exception {
        if (connection != null) {
            connection.close();
            dispose();
        }
    }

    static String name(int i) {
        return String.format("t%02d", i);
    }

    /**
     * 30 tables: each refers to the one before; t01 refers to t30 (a cycle through all of them),
     * t10 and t11 refer to each other, t05 refers to itself; some unique constraints, checks and indexes.
     */
    public static MetaData thirtyTables() {
        MetaData.Builder b = MetaData.builder();
        for (int i = 30; i >= 1; i--) {
            int n = i;
            b.table(name(n), t -> {
                t.column("id", BIGINT, c -> c.primaryKey().identity());
                t.column("name", VARCHAR(50), c -> c.notNull());
                t.column("qty", INTEGER, c -> c.defaultValue(0));
                if (n > 1) {
                    t.column("prev_id", BIGINT, c -> c.references(name(n - 1), "id", ReferentialAction.CASCADE));
                } else {
                    t.column("last_id", BIGINT, c -> c.references(name(30), "id"));
                }
                if (n == 10) {
                    t.column("partner_id", BIGINT).constraint(ForeignKey.of("partner_id", name(11), "id"));
                }
                if (n == 5) {
                    t.column("parent_id", BIGINT, c -> c.references(name(5), "id", ReferentialAction.SET_NULL));
                }
                if (n % 3 == 0) {
                    t.unique("name");
                    t.check("qty_positive", "qty >= 0");
                }
                if (n % 2 == 0) {
                    t.index("name", "qty");
                }
                t.column("note", TEXT);
            });
        }
        b.table("t11_extra", t -> t.column("id", INTEGER, c -> c.primaryKey()));
        return b.build();
    }

    @Test
    void createsAllThenDropsAllLeavingNothingBehind() throws Exception {
        MetaData schema = thirtyTables();
        List<String> created = creator.createAll(connection, schema);

        assertThat(db.tables()).containsExactlyInAnyOrderElementsOf(schema.tables().stream().map(t -> t.name()).toList());
        assertThat(db.foreignKeys("t01")).extracting(Catalog.Fk::referredTable).containsExactly("t30");
        assertThat(db.foreignKeys("t10")).extracting(Catalog.Fk::referredTable).containsExactlyInAnyOrder("t09", "t11");
        assertThat(db.foreignKeys("t05")).extracting(Catalog.Fk::referredTable).containsExactlyInAnyOrder("t04", "t05");
        assertThat(db.indexes("t12")).containsKey("ix_t12_name_qty");
        assertThat(IntStream.rangeClosed(1, 30).mapToObj(i -> name(i)).flatMap(t -> {
            try {
                return db.foreignKeys(t).stream();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).count()).isEqualTo(32);
        assertThat(creator.createAll(connection, schema)).as("a second createAll finds everything there").isEmpty();

        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO t30 (name) VALUES ('z')");
            s.execute("INSERT INTO t01 (name, last_id) VALUES ('a', 1)");
            s.execute("INSERT INTO t02 (name, prev_id) VALUES ('b', 1)");
            s.execute("INSERT INTO t11 (name) VALUES ('eleven')");
            s.execute("INSERT INTO t10 (name, partner_id) VALUES ('ten', 1)");
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }

        List<String> dropped = creator.dropAll(connection, schema);
        assertThat(db.tables()).isEmpty();
        assertThat(dropped).hasSizeGreaterThanOrEqualTo(31);
        assertThat(created).isNotEmpty();
        assertThat(creator.dropAll(connection, schema)).as("a second dropAll finds nothing to drop").allMatch(s -> s.startsWith("PRAGMA"));
        assertNothingLeft();
    }

    /** Database-specific leftovers (sequences on PostgreSQL). */
    protected void assertNothingLeft() throws Exception {
    }

    @Test
    void createAllAddsWhatIsMissingFromExistingTables() throws Exception {
        MetaData schema = thirtyTables();
        creator.createAll(connection, schema);
        try (Statement s = connection.createStatement()) {
            s.execute("DROP INDEX ix_t12_name_qty");
            s.execute("DROP TABLE t11_extra");
        }
        assertThat(creator.createAll(connection, schema)).containsExactly("""
                CREATE TABLE t11_extra (
                    id INTEGER NOT NULL,
                    CONSTRAINT pk_t11_extra PRIMARY KEY (id)
                )""", "CREATE INDEX ix_t12_name_qty ON t12 (name, qty)");
        assertThat(db.indexes("t12")).containsKey("ix_t12_name_qty");
    }
}
