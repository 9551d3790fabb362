package dev.migrate.op;

import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnBuilder;
import dev.migrate.schema.Constraint;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.NamingConvention;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;
import dev.migrate.schema.TableBuilder;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What a Java migration writes against. Each method builds one {@link MigrationOp} and hands it
 * to the runtime's {@link OpSink}, which runs it (online) or prints its SQL (offline). Ops are
 * portable; {@link #dialect()} lets a data migration branch where it must.
 *
 * <pre>{@code
 * op.addColumn("devices", column("description", TEXT));
 * op.batch("devices", b -> b.alterColumn("name", c -> c.type(VARCHAR(200)).notNull()).dropColumn("legacy"));
 * op.createIndex("devices", Index.of("owner_id", "name"));
 * op.bulkInsert("device_kinds", List.of(Map.of("id", 1, "name", "sensor")));
 * }</pre>
 *
 * <p>Constraints and indexes given without a name are named by the naming convention, so the
 * downgrade can drop them by the same name.
 */
public final class Ops {

    private final OpSink sink;
    private final String dialect;
    private final Connection connection;
    private final TableOpFactory factory;

    /**
     * @param sink       receives every op
     * @param dialect    the dialect name, for example {@code "postgresql"} or {@code "sqlite"}
     * @param connection the connection migrations run on, or {@code null} when running offline
     * @param naming     names constraints and indexes declared without a name
     */
    public Ops(OpSink sink, String dialect, Connection connection, NamingConvention naming) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.connection = connection;
        this.factory = new TableOpFactory(Objects.requireNonNull(naming, "naming"));
    }

    /** Ops with the default naming convention. */
    public Ops(OpSink sink, String dialect, Connection connection) {
        this(sink, dialect, connection, NamingConvention.DEFAULT);
    }

    /** A nullable column of {@code type}, for {@link #addColumn}. */
    public static Column column(String name, SqlType type) {
        return Column.column(name, type);
    }

    /** A column with options: {@code column("name", TEXT, c -> c.notNull().defaultValue(""))}. */
    public static Column column(String name, SqlType type, Consumer<ColumnBuilder> options) {
        return Column.column(name, type, options);
    }

    /** The dialect name, {@code "postgresql"} or {@code "sqlite"}, so a data migration can branch. */
    public String dialect() {
        return dialect;
    }

    /** Whether the migration is being rendered to SQL without a database ({@code --sql}). */
    public boolean isOffline() {
        return connection == null;
    }

    /**
     * The JDBC connection the migration runs on, inside its transaction, for data migrations. Do not
     * commit, roll back or close it.
     *
     * @throws IllegalStateException when running offline, where there is no database
     */
    public Connection connection() {
        if (connection == null) {
            throw new IllegalStateException("op.connection() is not available in an offline (--sql) run: there is no database."
                    + " Express the change with op.execute(...) or op.bulkInsert(...), or check op.isOffline() first");
        }
        return connection;
    }

    /** The naming convention used for unnamed constraints and indexes. */
    public NamingConvention namingConvention() {
        return factory.naming();
    }

    /** Hands any op to the runtime. */
    public void emit(MigrationOp op) throws SQLException {
        sink.accept(Objects.requireNonNull(op, "op"));
    }

    /** Creates a table: {@code op.createTable("devices", t -> t.column("id", BIGINT, c -> c.primaryKey().identity()))}. */
    public void createTable(String name, Consumer<TableBuilder> definition) throws SQLException {
        emit(new CreateTable(Table.table(name, factory.naming(), definition)));
    }

    /** Creates a table defined elsewhere (unnamed constraints and indexes are named by the convention). */
    public void createTable(Table table) throws SQLException {
        emit(new CreateTable(table.named(factory.naming())));
    }

    /** Drops a table. */
    public void dropTable(String name) throws SQLException {
        emit(new DropTable(name, null));
    }

    /** Drops a table, remembering its definition so the op can be reversed. */
    public void dropTable(Table existing) throws SQLException {
        emit(new DropTable(existing.name(), existing.named(factory.naming())));
    }

    /** Renames a table. */
    public void renameTable(String table, String newName) throws SQLException {
        emit(new RenameTable(table, newName));
    }

    /** Adds a column at the end of {@code table}. */
    public void addColumn(String table, Column column) throws SQLException {
        emit(new AddColumn(table, column));
    }

    /** Drops a column, with the indexes and constraints that involve it. */
    public void dropColumn(String table, String column) throws SQLException {
        emit(new DropColumn(table, column, null));
    }

    /** Drops a column, remembering its definition so the op can be reversed. */
    public void dropColumn(String table, Column existing) throws SQLException {
        emit(TableOpFactory.dropColumn(table, existing));
    }

    /** Renames a column. */
    public void renameColumn(String table, String column, String newName) throws SQLException {
        emit(new RenameColumn(table, column, newName));
    }

    /** Changes a column: {@code op.alterColumn("devices", "name", c -> c.type(TEXT).notNull())}. */
    public void alterColumn(String table, String column, Consumer<AlterColumnBuilder> changes) throws SQLException {
        emit(factory.alterColumn(table, column, changes));
    }

    /** Creates an index over {@code columns}, named by the naming convention. */
    public void createIndex(String table, String... columns) throws SQLException {
        createIndex(table, TableOpFactory.index(columns));
    }

    /** Creates an index: {@code op.createIndex("devices", Index.uniqueOf("serial"))}; unnamed ones are named by the convention. */
    public void createIndex(String table, Index index) throws SQLException {
        emit(factory.createIndex(table, index));
    }

    /** Drops an index by name. */
    public void dropIndex(String table, String name) throws SQLException {
        emit(new DropIndex(table, name, null));
    }

    /** Drops an index given whole (named by the convention when unnamed), so the op can be reversed. */
    public void dropIndex(String table, Index existing) throws SQLException {
        emit(factory.dropIndex(table, existing));
    }

    /** Creates the primary key over {@code columns}, named by the convention. */
    public void createPrimaryKey(String table, String... columns) throws SQLException {
        emit(factory.primaryKey(table, columns));
    }

    /** Creates a unique constraint over {@code columns}, named by the convention. */
    public void createUniqueConstraint(String table, String... columns) throws SQLException {
        emit(factory.unique(table, columns));
    }

    /** Creates a foreign key: {@code op.createForeignKey("devices", ForeignKey.of("owner_id", "users", "id").onDelete(CASCADE))}. */
    public void createForeignKey(String table, ForeignKey foreignKey) throws SQLException {
        emit(factory.addConstraint(table, foreignKey));
    }

    /** Creates a check constraint; {@code shortName} fills the convention's {@code %(constraint_name)}. */
    public void createCheckConstraint(String table, String shortName, String expression) throws SQLException {
        emit(factory.check(table, shortName, expression));
    }

    /** Adds any constraint; unnamed ones are named by the convention. */
    public void addConstraint(String table, Constraint constraint) throws SQLException {
        emit(factory.addConstraint(table, constraint));
    }

    /** Drops a constraint of any kind by name. */
    public void dropConstraint(String table, String name) throws SQLException {
        emit(new DropConstraint(table, name, null));
    }

    /** Drops a constraint given whole (named by the convention when unnamed), so the op can be reversed. */
    public void dropConstraint(String table, Constraint existing) throws SQLException {
        emit(factory.dropConstraint(table, existing));
    }

    /** Runs SQL on every dialect. */
    public void execute(String sql) throws SQLException {
        emit(new Execute(sql));
    }

    /** Runs SQL only on {@code dialect} ({@code "postgresql"} or {@code "sqlite"}); other dialects skip it. */
    public void executeOn(String dialect, String sql) throws SQLException {
        emit(new Execute(sql, Set.of(dialect)));
    }

    /** Inserts rows given as column-to-value maps; see {@link BulkInsert}. */
    public void bulkInsert(String table, List<Map<String, Object>> rows) throws SQLException {
        emit(new BulkInsert(table, rows));
    }

    /** Sets the table comment. */
    public void setTableComment(String table, String comment) throws SQLException {
        emit(new SetTableComment(table, comment, null));
    }

    /** Drops the table comment. */
    public void dropTableComment(String table) throws SQLException {
        emit(new SetTableComment(table, null, null));
    }

    /**
     * Several changes to one table at once. On SQLite, changes that need a rebuild of the table are
     * done in a single rebuild: {@code op.batch("devices", b -> b.alterColumn(...).dropColumn(...))}.
     */
    public void batch(String table, Consumer<BatchOps> changes) throws SQLException {
        BatchOps b = new BatchOps(table, factory);
        changes.accept(b);
        emit(new BatchAlterTable(table, b.ops(), null));
    }

    /**
     * A batch on a table whose current definition is given, so that an offline (--sql) run can
     * rebuild it on SQLite without reading the database (Alembic's {@code copy_from}).
     */
    public void batch(Table copyFrom, Consumer<BatchOps> changes) throws SQLException {
        BatchOps b = new BatchOps(copyFrom.name(), factory);
        changes.accept(b);
        emit(new BatchAlterTable(copyFrom.name(), b.ops(), copyFrom));
    }
}
