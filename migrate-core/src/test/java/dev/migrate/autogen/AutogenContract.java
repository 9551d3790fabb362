package dev.migrate.autogen;

import static dev.migrate.schema.ReferentialAction.CASCADE;
import static dev.migrate.schema.ReferentialAction.SET_NULL;
import static dev.migrate.schema.SqlType.BIGINT;
import static dev.migrate.schema.SqlType.INTEGER;
import static dev.migrate.schema.SqlType.NUMERIC;
import static dev.migrate.schema.SqlType.TEXT;
import static dev.migrate.schema.SqlType.VARCHAR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.schema.MetaData;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;
import dev.migrate.schema.TableBuilder;
import dev.migrate.command.AutogenerateResult;
import dev.migrate.command.Migrator;
import dev.migrate.command.RevisionOptions;
import dev.migrate.command.ScriptFormat;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per kind of difference, on a real database: create the declared schema, change the
 * declaration, autogenerate, apply the upgrade, compare again (nothing left), apply the downgrade,
 * and read back exactly the schema of before. One subclass per database.
 */
abstract class AutogenContract {

    protected Connection connection;
    protected LiveSchema db;

    protected abstract Connection open() throws Exception;

    /** A migrator builder for the database {@link #open()} opened. */
    protected abstract Migrator.Builder migrator();

    @TempDir
    Path files;

    protected void dispose() throws Exception {
    }

    /** The type change this database notices: a change of affinity on SQLite, any change on PostgreSQL. */
    protected abstract SqlType changedSerialType();

    protected CompareOptions options() {
        return CompareOptions.defaults().compareServerDefaults(true);
    }

    @BeforeEach
    void openDatabase() throws Exception {
        connection = open();
        db = new LiveSchema(connection, options());
    }

    @AfterEach
    void closeDatabase() throws Exception {
        if (connection != null) { // null when the database could not be had (a skipped PostgreSQL test)
            connection.close();
        }
        dispose();
    }

    static MetaData schema(Consumer<TableBuilder> users, Consumer<TableBuilder> devices, Table... more) {
        MetaData.Builder b = MetaData.builder()
                .table("users", t -> {
                    t.column("id", BIGINT, c -> c.primaryKey().identity())
                            .column("email", VARCHAR(200), c -> c.notNull().unique())
                            .column("nick", VARCHAR(50));
                    users.accept(t);
                })
                .table("devices", t -> {
                    t.column("id", BIGINT, c -> c.primaryKey().identity())
                            .column("owner_id", BIGINT, c -> c.notNull().references("users", "id", CASCADE))
                            .column("name", VARCHAR(100), c -> c.notNull().defaultValue("unnamed"))
                            .column("serial", TEXT)
                            .column("price", NUMERIC(10, 2))
                            .index("owner_id", "name");
                    devices.accept(t);
                });
        for (Table t : more) {
            b.table(t);
        }
        return b.build();
    }

    static MetaData base() {
        return schema(t -> { }, t -> { });
    }

    /** Creates {@code before}, autogenerates towards {@code after}, applies, checks, downgrades; returns the descriptions. */
    protected List<String> roundTrip(MetaData before, MetaData after) throws Exception {
        return roundTripWithOps(before, after);
    }

    /** The round trip with the ops applied as the runtime applies them. */
    protected List<String> roundTripWithOps(MetaData before, MetaData after) throws Exception {
        db.create(before);
        assertThat(db.compare(before).report()).isEqualTo(SchemaDiff.NO_CHANGES);
        List<Table> snapshot = LiveSchema.normalized(db.tables());

        SchemaDiff diff = db.compare(after);
        db.apply(diff.upgradeOps());
        assertThat(db.compare(after).report()).isEqualTo(SchemaDiff.NO_CHANGES);

        db.apply(diff.downgradeOps());
        assertThat(LiveSchema.normalized(db.tables())).isEqualTo(snapshot);
        assertThat(db.compare(before).report()).isEqualTo(SchemaDiff.NO_CHANGES);
        return diff.differences().stream().map(Difference::description).toList();
    }

    /**
     * The round trip through scripts, as a user runs it: {@code revision --autogenerate} writes a SQL script
     * that creates {@code before}, {@code upgrade} runs it and {@code check} finds nothing; then the declaration
     * changes to {@code after}, {@code revision --autogenerate} writes a script in {@code format}, {@code upgrade}
     * runs it, {@code check} finds nothing, {@code downgrade -1} runs its downgrade, and the schema read back is
     * the one of before.
     */
    protected List<String> roundTripWithScripts(MetaData before, MetaData after, ScriptFormat format) throws Exception {
        CompareOptions compare = options();
        Path scripts = Files.createDirectories(files.resolve("migrations"));
        Path sources = files.resolve("src");
        Path classes = files.resolve("classes");
        Migrator sql = migrator().locations("filesystem:" + scripts).build();
        sql.revision("create the schema", RevisionOptions.defaults(), before, compare);
        sql.upgrade("heads");
        assertThat(sql.check(before, compare).report()).isEqualTo(SchemaDiff.NO_CHANGES);
        List<Table> snapshot = LiveSchema.normalized(db.tables());

        AutogenerateResult result = sql.revision("change the schema", RevisionOptions.defaults().withFormat(format)
                .withDirectory(format == ScriptFormat.JAVA ? sources : null).withJavaPackage("gen"), after, compare);
        String text = Files.readString(result.script().file());
        assertThat(text).startsWith(format == ScriptFormat.JAVA ? "// Written by 'migrate revision --autogenerate'"
                : "-- Written by 'migrate revision --autogenerate'");
        Migrator migrator = sql;
        if (format == ScriptFormat.JAVA) {
            String className = result.script().file().getFileName().toString().replace(".java", "");
            CompiledMigrations.compile(classes, "gen", className, text);
            migrator = migrator().locations("filesystem:" + scripts).javaPackages("gen")
                    .classLoader(new URLClassLoader(new URL[] {classes.resolve("classes").toUri().toURL()},
                            getClass().getClassLoader()))
                    .build();
        }
        migrator.upgrade("heads");
        assertThat(migrator.check(after, compare).report()).as(text).isEqualTo(SchemaDiff.NO_CHANGES);

        migrator.downgrade("-1");
        assertThat(LiveSchema.normalized(db.tables())).as(text).isEqualTo(snapshot);
        assertThat(migrator.compare(before, compare).report()).isEqualTo(SchemaDiff.NO_CHANGES);
        return result.diff().differences().stream().map(Difference::description).toList();
    }

    @Test
    void addedTable() throws Exception {
        MetaData after = schema(t -> { }, t -> { }, Table.table("tags", t -> t
                .column("id", INTEGER, c -> c.primaryKey())
                .column("device_id", BIGINT, c -> c.references("devices", "id"))
                .column("label", VARCHAR(30), c -> c.notNull().unique())));

        assertThat(roundTrip(base(), after)).containsExactly("added table 'tags'");
    }

    @Test
    void removedTable() throws Exception {
        MetaData before = schema(t -> { }, t -> { }, Table.table("tags", t -> t
                .column("id", INTEGER, c -> c.primaryKey())
                .column("device_id", BIGINT, c -> c.references("devices", "id"))
                .index("device_id")));

        assertThat(roundTrip(before, base())).containsExactly("removed table 'tags'");
    }

    @Test
    void addedAndRemovedTablesThatReferToEachOther() throws Exception {
        MetaData cycle = MetaData.builder()
                .table("a", t -> t.column("id", INTEGER, c -> c.primaryKey()).column("b_id", INTEGER, c -> c.references("b", "id")))
                .table("b", t -> t.column("id", INTEGER, c -> c.primaryKey()).column("a_id", INTEGER, c -> c.references("a", "id")))
                .build();
        MetaData one = MetaData.builder().table("c", t -> t.column("id", INTEGER, c -> c.primaryKey())).build();

        assertThat(roundTrip(one, cycle)).containsExactly("added table 'a'", "added table 'b'", "removed table 'c'");
    }

    @Test
    void addedColumn() throws Exception {
        MetaData after = schema(t -> { }, t -> t.column("description", TEXT).column("rank", INTEGER, c -> c.notNull().defaultValue(0)));

        assertThat(roundTrip(base(), after)).containsExactly("added column 'devices.description' (TEXT)",
                "added column 'devices.rank' (INTEGER, NOT NULL)");
    }

    @Test
    void removedColumn() throws Exception {
        MetaData before = schema(t -> { }, t -> t.column("legacy", VARCHAR(10), c -> c.notNull().defaultValue("x")));

        assertThat(roundTrip(before, base())).containsExactly("removed column 'devices.legacy'");
    }

    @Test
    void nullability() throws Exception {
        MetaData before = schema(t -> { }, t -> t.column("a", TEXT).column("b", TEXT, c -> c.notNull().defaultValue("")));
        MetaData after = schema(t -> { }, t -> t.column("a", TEXT, c -> c.notNull()).column("b", TEXT, c -> c.defaultValue("")));

        assertThat(roundTrip(before, after)).containsExactly(
                "changed nullability of 'devices.a': NOT NULL (was NULL allowed)",
                "changed nullability of 'devices.b': NULL allowed (was NOT NULL)");
    }

    @Test
    void type() throws Exception {
        assertThat(roundTrip(base(), withSerial(changedSerialType()))).containsExactly(
                "changed type of 'devices.serial' from TEXT to " + db.dialect.typeName(changedSerialType()));
    }

    /** The base schema with devices.serial of another type. */
    static MetaData withSerial(SqlType type) {
        return MetaData.builder()
                .table(base().tables().get(0))
                .table(base().tables().get(1).withColumns(base().tables().get(1).columns().stream()
                        .map(c -> c.name().equals("serial") ? c.withType(type) : c).toList()))
                .build();
    }

    @Test
    void serverDefault() throws Exception {
        MetaData before = schema(t -> { }, t -> t.column("state", VARCHAR(20), c -> c.defaultValue("new"))
                .column("seen", SqlType.TIMESTAMP).column("n", INTEGER, c -> c.defaultValue(-1)));
        MetaData after = schema(t -> { }, t -> t.column("state", VARCHAR(20), c -> c.defaultValue("active"))
                .column("seen", SqlType.TIMESTAMP, c -> c.defaultSql("CURRENT_TIMESTAMP")).column("n", INTEGER));

        assertThat(roundTrip(before, after)).containsExactly(
                "changed server default of 'devices.state' from " + stateDefault() + " to 'active'",
                "changed server default of 'devices.seen' from none to CURRENT_TIMESTAMP",
                "changed server default of 'devices.n' from " + minusOne() + " to none");
    }

    /** How the database spells the default 'new' of a VARCHAR column when read back. */
    protected abstract String stateDefault();

    /** How the database spells the default -1 of an INTEGER column when read back. */
    protected abstract String minusOne();

    @Test
    void indexes() throws Exception {
        MetaData before = schema(t -> t.index("nick"), t -> { });
        MetaData after = schema(t -> { }, t -> t.uniqueIndex("serial"));

        assertThat(roundTrip(before, after)).containsExactly(
                "removed index 'ix_users_nick' on users (nick)",
                "added unique index 'ix_devices_serial' on devices (serial)");
    }

    @Test
    void anIndexOverOtherColumnsIsRemovedAndAddedAgain() throws Exception {
        MetaData before = schema(t -> { }, t -> t.index(new dev.migrate.schema.Index("ix_devices_x", List.of("serial"), false)));
        MetaData after = schema(t -> { }, t -> t.index(new dev.migrate.schema.Index("ix_devices_x", List.of("serial", "name"), false)));

        assertThat(roundTrip(before, after)).containsExactly(
                "removed index 'ix_devices_x' on devices (serial)",
                "added index 'ix_devices_x' on devices (serial, name)");
    }

    @Test
    void uniqueConstraints() throws Exception {
        MetaData before = schema(t -> t.unique("nick"), t -> { });
        MetaData after = schema(t -> { }, t -> t.unique("owner_id", "serial"));

        assertThat(roundTrip(before, after)).containsExactly(
                "removed unique constraint 'uq_users_nick' on users (nick)",
                "added unique constraint 'uq_devices_owner_id_serial' on devices (owner_id, serial)");
    }

    @Test
    void foreignKeys() throws Exception {
        MetaData before = schema(t -> { }, t -> t.column("maker_id", BIGINT, c -> c.references("users", "id")));
        MetaData after = MetaData.builder()
                .table(base().tables().get(0))
                .table(Table.table("devices", t -> t
                        .column("id", BIGINT, c -> c.primaryKey().identity())
                        .column("owner_id", BIGINT, c -> c.notNull().references("users", "id", SET_NULL))
                        .column("name", VARCHAR(100), c -> c.notNull().defaultValue("unnamed"))
                        .column("serial", TEXT)
                        .column("price", NUMERIC(10, 2))
                        .column("maker_id", BIGINT)
                        .index("owner_id", "name")))
                .build();

        assertThat(roundTrip(before, after)).containsExactlyInAnyOrder(
                "removed foreign key 'fk_devices_owner_id_users' on devices (owner_id) -> users (id) ON DELETE CASCADE",
                "removed foreign key 'fk_devices_maker_id_users' on devices (maker_id) -> users (id)",
                "added foreign key 'fk_devices_owner_id_users' on devices (owner_id) -> users (id) ON DELETE SET NULL");
    }

    @Test
    void severalChangesOfOneTable() throws Exception {
        MetaData before = schema(t -> { }, t -> t.column("legacy", INTEGER).unique("serial").index("price"));
        MetaData after = schema(t -> { }, t -> t.column("note", TEXT, c -> c.notNull().defaultValue("-"))
                .column("maker_id", BIGINT, c -> c.references("users", "id")).index("note"));

        List<String> found = roundTrip(before, after);

        assertThat(found).contains("added column 'devices.note' (TEXT, NOT NULL)", "removed column 'devices.legacy'",
                "removed unique constraint 'uq_devices_serial' on devices (serial)", "removed index 'ix_devices_price' on devices (price)",
                "added index 'ix_devices_note' on devices (note)",
                "added foreign key 'fk_devices_maker_id_users' on devices (maker_id) -> users (id)");
    }
}
