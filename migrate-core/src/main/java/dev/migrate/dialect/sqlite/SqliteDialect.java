package dev.migrate.dialect.sqlite;

import dev.migrate.dialect.AbstractDialect;
import dev.migrate.dialect.Capabilities;
import dev.migrate.dialect.DialectException;
import dev.migrate.dialect.Identifiers;
import dev.migrate.dialect.SchemaInventory;
import dev.migrate.dialect.SqlTokens;
import dev.migrate.dialect.TableChanges;
import dev.migrate.dialect.TableLookup;
import dev.migrate.op.AddColumn;
import dev.migrate.op.AlterColumn;
import dev.migrate.op.ColumnChange;
import dev.migrate.op.CreateIndex;
import dev.migrate.op.DropColumn;
import dev.migrate.op.DropIndex;
import dev.migrate.op.RenameColumn;
import dev.migrate.op.SetTableComment;
import dev.migrate.op.TableOp;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.Constraint;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.ServerDefault;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * SQLite (3.35 or newer): transactional DDL; native {@code RENAME TABLE}, {@code RENAME COLUMN},
 * {@code ADD COLUMN} (of a column SQLite can add) and {@code DROP COLUMN} (of a column nothing
 * uses); everything else rebuilds the table (see {@link SqliteRebuild}). No comments: comment ops
 * render nothing.
 */
public final class SqliteDialect extends AbstractDialect {

    /** The dialect name. */
    public static final String NAME = "sqlite";

    private static final Capabilities CAPABILITIES = new Capabilities(true, false, false, false, false, true);

    public SqliteDialect() {
        super(NAME, new Identifiers(Pattern.compile("[A-Za-z_][A-Za-z0-9_]*"), SqliteKeywords.ALL));
    }

    @Override
    public String typeName(SqlType type) {
        return SqliteTypes.name(type);
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public TableLookup liveTables(Connection connection) {
        return new SqliteCatalog(connection);
    }

    /**
     * After a failure in auto-commit mode, rolls back the savepoint of an unfinished rebuild (the
     * original table is then as it was) and, when the rebuild had switched foreign keys off, switches
     * them on again. Does nothing when no rebuild was under way.
     */
    @Override
    public void recoverAfterFailure(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            return;
        }
        for (String savepoint : List.of(SqliteRebuild.SAVEPOINT_FOREIGN_KEYS, SqliteRebuild.SAVEPOINT)) {
            try (Statement s = connection.createStatement()) {
                s.execute("ROLLBACK TO " + savepoint);
                s.execute("RELEASE " + savepoint);
                if (savepoint.equals(SqliteRebuild.SAVEPOINT_FOREIGN_KEYS)) {
                    s.execute("PRAGMA foreign_keys = ON");
                }
                return;
            } catch (SQLException noSuchSavepoint) {
                // not this one; try the next
            }
        }
    }

    @Override
    public SchemaInventory inventory(Connection connection) {
        return new SqliteCatalog(connection);
    }

    // ---------------------------------------------------------------- literals

    @Override
    protected String booleanLiteral(boolean b) {
        return b ? "1" : "0";
    }

    @Override
    protected String bytesLiteral(byte[] bytes) {
        return "X'" + hex(bytes).toUpperCase(java.util.Locale.ROOT) + "'";
    }

    @Override
    protected String nonFiniteLiteral(double d) {
        if (Double.isNaN(d)) {
            throw new DialectException("SQLite cannot store NaN (it becomes NULL); write NULL instead");
        }
        return d > 0 ? "9e999" : "-9e999";
    }

    @Override
    protected String dateLiteral(LocalDate d) {
        return "'" + d + "'";
    }

    @Override
    protected String timeLiteral(LocalTime t) {
        return "'" + timeText(t) + "'";
    }

    @Override
    protected String timestampLiteral(LocalDateTime t) {
        return "'" + timestampText(t) + "'";
    }

    @Override
    protected String timestampTzLiteral(OffsetDateTime t) {
        return "'" + timestampTzText(t) + "'";
    }

    // ---------------------------------------------------------------- DDL pieces

    /** An expression default must be in parentheses on SQLite. */
    @Override
    protected String defaultExpression(ServerDefault d) {
        return d instanceof ServerDefault.Expression e ? "(" + e.sql() + ")" : super.defaultExpression(d);
    }

    /** SQLite keeps no comments. */
    @Override
    protected List<String> comment(String table, String column, String comment) {
        return List.of();
    }

    /** An identity column carries the primary key inline ({@code PRIMARY KEY AUTOINCREMENT}), so the table lists none. */
    @Override
    protected List<Constraint> tableConstraints(Table table) {
        List<Constraint> out = new ArrayList<>(table.constraints());
        if (table.identityColumn().isPresent()) {
            out.remove(table.primaryKey());
        }
        return out;
    }

    /**
     * An identity column is SQLite's {@code INTEGER PRIMARY KEY AUTOINCREMENT}, which must be the
     * table's whole primary key.
     */
    @Override
    protected String columnDefinition(Table table, Column c) {
        return c.identity() ? identityDefinition(table, c, true) : super.columnDefinition(table, c);
    }

    private String identityDefinition(Table table, Column c, boolean notNull) {
        PrimaryKey pk = table == null ? null : table.primaryKey();
        if (pk == null || pk.columns().size() != 1 || !pk.columns().get(0).equalsIgnoreCase(c.name())) {
            throw new DialectException("SQLite makes an identity column only of a single-column INTEGER PRIMARY KEY"
                    + " (AUTOINCREMENT), but identity column " + c.name() + (table == null ? "" : " of table " + table.name())
                    + " is not its table's whole primary key (" + (pk == null ? "the table has none" : "the key is " + pk.columns())
                    + "). Make it the primary key, or drop identity() and give it a default");
        }
        return quote(c.name()) + (notNull ? " INTEGER NOT NULL " : " INTEGER ") + (pk.name() == null ? "" : "CONSTRAINT " + quote(pk.name()) + " ")
                + "PRIMARY KEY AUTOINCREMENT";
    }

    /**
     * SQLite cannot drop a foreign key without rebuilding its table, so tables in a cycle are dropped
     * with their keys deferred: a {@code DROP TABLE} first deletes the table's rows, and the
     * violations that leaves in tables still to be dropped disappear with them before the commit.
     */
    @Override
    protected List<String> beforeDroppingTables() {
        return List.of("PRAGMA defer_foreign_keys = ON");
    }

    /**
     * {@code CREATE TABLE name (...)} for {@code table}, for the rebuild. In a rowid table the
     * rowid alias (the single INTEGER primary key column) is written without {@code NOT NULL}:
     * SQLite never stores NULL there (a NULL becomes a new rowid, with or without the constraint),
     * and a {@code NOT NULL} the old table did not declare (it usually says just
     * {@code id INTEGER PRIMARY KEY}) makes SQLite refuse its transfer optimization, so the copy
     * would decode and re-encode every row instead of moving whole records.
     */
    String createTableSql(String name, Table table, boolean rowidTable) {
        if (!rowidTable || !SqliteRebuild.rowidAlias(this, table)) {
            return createTableStatement(name, table);
        }
        String alias = table.primaryKey().columns().get(0);
        List<String> parts = new ArrayList<>();
        for (Column c : table.columns()) {
            if (!c.name().equalsIgnoreCase(alias)) {
                parts.add(columnDefinition(table, c));
            } else if (c.identity()) {
                parts.add(identityDefinition(table, c, false));
            } else {
                parts.add(columnDefinition(table, c.withNullable(true)));
            }
        }
        for (Constraint c : tableConstraints(table)) {
            parts.add(constraintDefinition(table.name(), c));
        }
        return "CREATE TABLE " + quote(name) + " (\n    " + String.join(",\n    ", parts) + "\n)";
    }

    /** {@code CREATE INDEX ...}, for the rebuild. */
    String createIndexSql(String table, Index index) {
        return createIndex(table, index);
    }

    /** A string literal, for the rebuild. */
    String text(String s) {
        return stringLiteral(s);
    }

    // ---------------------------------------------------------------- native or rebuild

    /**
     * Renders the changes natively when SQLite can do each of them with {@code ALTER TABLE} or
     * {@code CREATE/DROP INDEX} (on a live SQLite 3.53 or newer, also adding and dropping check
     * constraints and NOT NULL: {@link SqliteConstraintChanges}); otherwise rebuilds the table once
     * for all of them.
     */
    @Override
    protected List<String> alterTable(String table, List<TableOp> ops, Table copyFrom, TableLookup tables) throws SQLException {
        List<TableOp> effective = withoutComments(ops);
        if (effective.isEmpty()) {
            return List.of();
        }
        Optional<Table> current = copyFrom != null ? Optional.of(copyFrom) : tables.table(table);
        TableChanges known = current.map(t -> new TableChanges(t, this::quote)).orElse(null);
        List<String> out = new ArrayList<>();
        Boolean constraintsInPlace = null;
        for (TableOp op : effective) {
            Table now = null;
            if (known != null) {
                try {
                    now = known.table();
                } catch (DialectException doesNotFit) {
                    known = null;
                }
            }
            boolean inPlace = false;
            if (!isNative(op, now) && SqliteConstraintChanges.isNative(op, now)) {
                if (constraintsInPlace == null) {
                    constraintsInPlace = SqliteConstraintChanges.available(tables, table);
                }
                inPlace = constraintsInPlace;
            }
            if (!inPlace && !isNative(op, now)) {
                return SqliteRebuild.statements(this, table, current, effective, tables);
            }
            if (inPlace) {
                out.addAll(SqliteConstraintChanges.validation(this, op));
            }
            out.addAll(tableOp(op));
            if (known != null) {
                try {
                    known.apply(op);
                } catch (DialectException doesNotFit) {
                    known = null;
                }
            }
        }
        return out;
    }

    /** Whether SQLite does {@code op} natively on {@code table} as it is now ({@code null} when unknown). */
    private static boolean isNative(TableOp op, Table table) {
        if (op instanceof RenameColumn || op instanceof CreateIndex || op instanceof DropIndex) {
            return true;
        }
        if (op instanceof AddColumn a) {
            Column c = a.column();
            return !c.identity() && !(c.computed() != null && c.computed().stored())
                    && !(c.serverDefault() instanceof ServerDefault.Expression)
                    && !(!c.nullable() && c.serverDefault() == null);
        }
        if (op instanceof DropColumn d) {
            return table == null || unused(table, d.column());
        }
        return false;
    }

    /** Whether no key, index, foreign key, check or generated column of {@code table} uses {@code column}. */
    private static boolean unused(Table table, String column) {
        for (Constraint c : table.constraints()) {
            if (c.columns().stream().anyMatch(column::equalsIgnoreCase)) {
                return false;
            }
            if (c instanceof CheckConstraint k && SqlTokens.mentions(k.expression(), column)) {
                return false;
            }
        }
        boolean indexed = table.indexes().stream().anyMatch(i -> i.columns().stream().anyMatch(column::equalsIgnoreCase));
        boolean generated = table.columns().stream()
                .anyMatch(c -> c.computed() != null && SqlTokens.mentions(c.computed().expression(), column));
        return !indexed && !generated;
    }

    /** The ops without comment changes, which SQLite cannot keep. */
    private static List<TableOp> withoutComments(List<TableOp> ops) {
        List<TableOp> out = new ArrayList<>();
        for (TableOp op : ops) {
            if (op instanceof SetTableComment) {
                continue;
            }
            if (op instanceof AlterColumn a) {
                List<ColumnChange> changes = a.changes().stream().filter(c -> !(c instanceof ColumnChange.SetComment)).toList();
                if (!changes.isEmpty()) {
                    out.add(changes.size() == a.changes().size() ? a : new AlterColumn(a.table(), a.column(), changes));
                }
                continue;
            }
            out.add(op);
        }
        return out;
    }
}
