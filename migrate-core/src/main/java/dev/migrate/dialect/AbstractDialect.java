package dev.migrate.dialect;

import dev.migrate.op.AddColumn;
import dev.migrate.op.AddConstraint;
import dev.migrate.op.AlterColumn;
import dev.migrate.op.BatchAlterTable;
import dev.migrate.op.BulkInsert;
import dev.migrate.op.ColumnChange;
import dev.migrate.op.CreateIndex;
import dev.migrate.op.CreateTable;
import dev.migrate.op.DropColumn;
import dev.migrate.op.DropConstraint;
import dev.migrate.op.DropIndex;
import dev.migrate.op.DropTable;
import dev.migrate.op.Execute;
import dev.migrate.op.MigrationOp;
import dev.migrate.op.RenameColumn;
import dev.migrate.op.RenameTable;
import dev.migrate.op.SetTableComment;
import dev.migrate.op.TableOp;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.Constraint;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.ServerDefault;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The DDL every dialect shares (standard SQL, as PostgreSQL speaks it), one protected method per
 * piece, so that a dialect in a sub-package overrides only what differs. For dialect
 * implementations; code that renders ops uses {@link Dialect}.
 */
public abstract class AbstractDialect implements Dialect {

    /** Rows per {@code INSERT} statement of a bulk insert. */
    protected static final int ROWS_PER_INSERT = 500;

    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx");

    private final String name;
    private final Identifiers identifiers;

    protected AbstractDialect(String name, Identifiers identifiers) {
        this.name = name;
        this.identifiers = identifiers;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public String quote(String identifier) {
        return identifiers.quote(identifier);
    }

    @Override
    public String toString() {
        return name;
    }

    // ---------------------------------------------------------------- literals

    @Override
    public String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof String s) {
            return stringLiteral(s);
        }
        if (value instanceof Character c) {
            return stringLiteral(c.toString());
        }
        if (value instanceof Boolean b) {
            return booleanLiteral(b);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d).toPlainString() : nonFiniteLiteral(d);
        }
        if (value instanceof byte[] bytes) {
            return bytesLiteral(bytes);
        }
        if (value instanceof UUID u) {
            return stringLiteral(u.toString());
        }
        if (value instanceof Enum<?> e) {
            return stringLiteral(e.name());
        }
        if (value instanceof java.sql.Timestamp ts) {
            return timestampLiteral(ts.toLocalDateTime());
        }
        if (value instanceof java.sql.Date d) {
            return dateLiteral(d.toLocalDate());
        }
        if (value instanceof java.sql.Time t) {
            return timeLiteral(t.toLocalTime());
        }
        if (value instanceof LocalDate d) {
            return dateLiteral(d);
        }
        if (value instanceof LocalTime t) {
            return timeLiteral(t);
        }
        if (value instanceof LocalDateTime t) {
            return timestampLiteral(t);
        }
        if (value instanceof OffsetDateTime t) {
            return timestampTzLiteral(t);
        }
        if (value instanceof ZonedDateTime t) {
            return timestampTzLiteral(t.toOffsetDateTime());
        }
        if (value instanceof Instant i) {
            return timestampTzLiteral(i.atOffset(ZoneOffset.UTC));
        }
        if (value instanceof java.util.Date d) {
            return timestampTzLiteral(d.toInstant().atOffset(ZoneOffset.UTC));
        }
        throw new DialectException("Cannot write a " + name + " literal for a value of type " + value.getClass().getName()
                + "; use a String, Number, Boolean, byte[], UUID, enum, LocalDate, LocalTime, LocalDateTime,"
                + " OffsetDateTime or Instant");
    }

    /** A string literal; rejects NUL characters, which neither database keeps in text. */
    protected String stringLiteral(String s) {
        if (s.indexOf('\0') >= 0) {
            throw new DialectException("Cannot write a " + name + " string literal containing a NUL character (\\0): "
                    + s.replace("\0", "\\0"));
        }
        return Identifiers.stringLiteral(s);
    }

    protected String booleanLiteral(boolean b) {
        return b ? "TRUE" : "FALSE";
    }

    protected abstract String bytesLiteral(byte[] bytes);

    protected abstract String nonFiniteLiteral(double d);

    protected String dateLiteral(LocalDate d) {
        return "DATE '" + d + "'";
    }

    protected String timeLiteral(LocalTime t) {
        return "TIME '" + timeText(t) + "'";
    }

    protected String timestampLiteral(LocalDateTime t) {
        return "TIMESTAMP '" + timestampText(t) + "'";
    }

    protected String timestampTzLiteral(OffsetDateTime t) {
        return "TIMESTAMP WITH TIME ZONE '" + timestampTzText(t) + "'";
    }

    /** {@code 03:04:05}, with a fraction of a second when there is one. */
    protected static String timeText(LocalTime t) {
        return DateTimeFormatter.ISO_LOCAL_TIME.format(t);
    }

    /** {@code 2024-01-02 03:04:05}, with a fraction of a second when there is one. */
    protected static String timestampText(LocalDateTime t) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(t) + " " + timeText(t.toLocalTime());
    }

    /** {@code 2024-01-02 03:04:05+02:00}. */
    protected static String timestampTzText(OffsetDateTime t) {
        return timestampText(t.toLocalDateTime()) + OFFSET.format(t);
    }

    /** Lower-case hexadecimal digits of {@code bytes}. */
    protected static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    // ---------------------------------------------------------------- statements

    @Override
    public List<String> statements(MigrationOp op, TableLookup tables) throws SQLException {
        if (op instanceof CreateTable c) {
            return createTable(c.table());
        }
        if (op instanceof DropTable d) {
            return List.of("DROP TABLE " + quote(d.table()));
        }
        if (op instanceof RenameTable r) {
            return List.of("ALTER TABLE " + quote(r.table()) + " RENAME TO " + quote(r.newName()));
        }
        if (op instanceof Execute e) {
            return e.appliesTo(name) ? List.of(e.sql()) : List.of();
        }
        if (op instanceof BulkInsert b) {
            return bulkInsert(b);
        }
        if (op instanceof BatchAlterTable b) {
            return alterTable(b.table(), b.ops(), b.copyFrom(), tables);
        }
        TableOp tableOp = (TableOp) op;
        return alterTable(tableOp.table(), List.of(tableOp), null, tables);
    }

    /**
     * The statements for changes to one table. Here each op is rendered on its own with
     * {@code ALTER TABLE}; a dialect that rebuilds tables overrides this.
     */
    protected List<String> alterTable(String table, List<TableOp> ops, Table copyFrom, TableLookup tables) throws SQLException {
        List<String> out = new ArrayList<>();
        for (TableOp op : ops) {
            out.addAll(tableOp(op));
        }
        return out;
    }

    /** The native statements of one table op. */
    protected List<String> tableOp(TableOp op) {
        String table = quote(op.table());
        if (op instanceof AddColumn a) {
            return addColumn(a.table(), a.column());
        }
        if (op instanceof DropColumn d) {
            return List.of("ALTER TABLE " + table + " DROP COLUMN " + quote(d.column()));
        }
        if (op instanceof RenameColumn r) {
            return List.of("ALTER TABLE " + table + " RENAME COLUMN " + quote(r.column()) + " TO " + quote(r.newName()));
        }
        if (op instanceof AlterColumn a) {
            return alterColumn(a);
        }
        if (op instanceof CreateIndex c) {
            return List.of(createIndex(c.table(), c.index()));
        }
        if (op instanceof DropIndex d) {
            return List.of(dropIndex(d.table(), d.name()));
        }
        if (op instanceof AddConstraint a) {
            return List.of("ALTER TABLE " + table + " ADD " + constraintDefinition(a.table(), a.constraint()));
        }
        if (op instanceof DropConstraint d) {
            return List.of("ALTER TABLE " + table + " DROP CONSTRAINT " + quote(d.name()));
        }
        SetTableComment c = (SetTableComment) op;
        return comment(c.table(), null, c.comment());
    }

    /** {@code CREATE TABLE}, then its indexes and comments. */
    protected List<String> createTable(Table table) {
        List<String> out = new ArrayList<>();
        out.add(createTableStatement(table.name(), table));
        for (Index i : table.indexes()) {
            out.add(createIndex(table.name(), i));
        }
        if (table.comment() != null) {
            out.addAll(comment(table.name(), null, table.comment()));
        }
        for (Column c : table.columns()) {
            if (c.comment() != null) {
                out.addAll(comment(table.name(), c.name(), c.comment()));
            }
        }
        return out;
    }

    /** The {@code CREATE TABLE} statement alone, under {@code tableName}: one line per column and constraint. */
    protected String createTableStatement(String tableName, Table table) {
        List<String> parts = new ArrayList<>();
        for (Column c : table.columns()) {
            parts.add(columnDefinition(table, c));
        }
        for (Constraint c : tableConstraints(table)) {
            parts.add(constraintDefinition(table.name(), c));
        }
        return "CREATE TABLE " + quote(tableName) + " (\n    " + String.join(",\n    ", parts) + "\n)";
    }

    /** The constraints written after the columns of a {@code CREATE TABLE}: all of them, here. */
    protected List<Constraint> tableConstraints(Table table) {
        return table.constraints();
    }

    /** {@code name TYPE [COLLATE c] [identity | generated] [DEFAULT d] [NOT NULL]}. */
    protected String columnDefinition(Table table, Column c) {
        StringBuilder sb = new StringBuilder(quote(c.name())).append(' ').append(typeName(c.type()));
        if (c.collation() != null) {
            sb.append(" COLLATE ").append(quote(c.collation()));
        }
        if (c.identity()) {
            sb.append(' ').append(identityClause());
        }
        if (c.computed() != null) {
            sb.append(" GENERATED ALWAYS AS (").append(c.computed().expression()).append(')')
                    .append(c.computed().stored() ? " STORED" : " VIRTUAL");
        }
        if (c.serverDefault() != null) {
            sb.append(" DEFAULT ").append(defaultExpression(c.serverDefault()));
        }
        if (!c.nullable()) {
            sb.append(" NOT NULL");
        }
        return sb.toString();
    }

    /** The words that make a column an identity column. */
    protected String identityClause() {
        return "GENERATED BY DEFAULT AS IDENTITY";
    }

    /** A server default as written after {@code DEFAULT}. */
    protected String defaultExpression(ServerDefault d) {
        return d instanceof ServerDefault.Value v ? literal(v.value()) : ((ServerDefault.Expression) d).sql();
    }

    /** {@code [CONSTRAINT name] PRIMARY KEY (...)}, {@code UNIQUE (...)}, {@code CHECK (...)} or {@code FOREIGN KEY ...}. */
    protected String constraintDefinition(String table, Constraint c) {
        String prefix = c.name() == null ? "" : "CONSTRAINT " + quote(c.name()) + " ";
        if (c instanceof PrimaryKey pk) {
            return prefix + "PRIMARY KEY (" + columnList(pk.columns()) + ")";
        }
        if (c instanceof UniqueConstraint uq) {
            return prefix + "UNIQUE (" + columnList(uq.columns()) + ")";
        }
        if (c instanceof CheckConstraint ck) {
            return prefix + "CHECK (" + ck.expression() + ")";
        }
        ForeignKey fk = (ForeignKey) c;
        StringBuilder sb = new StringBuilder(prefix).append("FOREIGN KEY (").append(columnList(fk.columns()))
                .append(") REFERENCES ").append(quote(fk.referredTable())).append(" (")
                .append(columnList(fk.referredColumns())).append(')');
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
            sb.append(" ON DELETE ").append(fk.onDelete().sql());
        }
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
            sb.append(" ON UPDATE ").append(fk.onUpdate().sql());
        }
        if (fk.deferred()) {
            sb.append(" DEFERRABLE INITIALLY DEFERRED");
        }
        return sb.toString();
    }

    /** {@code CREATE [UNIQUE] INDEX name ON table (columns)}. */
    protected String createIndex(String table, Index index) {
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote(index.name()) + " ON " + quote(table)
                + " (" + columnList(index.columns()) + ")";
    }

    /** {@code DROP INDEX name}. */
    protected String dropIndex(String table, String indexName) {
        return "DROP INDEX " + quote(indexName);
    }

    /** {@code ALTER TABLE t ADD COLUMN ...}, and its comment. */
    protected List<String> addColumn(String table, Column column) {
        List<String> out = new ArrayList<>();
        out.add("ALTER TABLE " + quote(table) + " ADD COLUMN " + columnDefinition(null, column));
        if (column.comment() != null) {
            out.addAll(comment(table, column.name(), column.comment()));
        }
        return out;
    }

    /** One {@code ALTER TABLE t ALTER COLUMN c ...} per change (a comment change is a {@code COMMENT ON}). */
    protected List<String> alterColumn(AlterColumn op) {
        String prefix = "ALTER TABLE " + quote(op.table()) + " ALTER COLUMN " + quote(op.column()) + " ";
        List<String> out = new ArrayList<>();
        for (ColumnChange change : op.changes()) {
            if (change instanceof ColumnChange.SetType t) {
                out.add(prefix + "TYPE " + typeName(t.type()) + (t.using() == null ? "" : " USING " + t.using()));
            } else if (change instanceof ColumnChange.SetNullable n) {
                out.add(prefix + (n.nullable() ? "DROP NOT NULL" : "SET NOT NULL"));
            } else if (change instanceof ColumnChange.SetDefault d) {
                out.add(prefix + (d.serverDefault() == null ? "DROP DEFAULT" : "SET DEFAULT " + defaultExpression(d.serverDefault())));
            } else {
                out.addAll(comment(op.table(), op.column(), ((ColumnChange.SetComment) change).comment()));
            }
        }
        return out;
    }

    /** {@code COMMENT ON TABLE t IS '...'} or {@code COMMENT ON COLUMN t.c IS ...} ({@code IS NULL} drops it). */
    protected List<String> comment(String table, String column, String comment) {
        String target = column == null ? "TABLE " + quote(table) : "COLUMN " + quote(table) + "." + quote(column);
        return List.of("COMMENT ON " + target + " IS " + (comment == null ? "NULL" : stringLiteral(comment)));
    }

    /** {@code INSERT INTO t (cols) VALUES (...), (...)}: consecutive rows with the same columns share a statement. */
    protected List<String> bulkInsert(BulkInsert insert) {
        List<String> out = new ArrayList<>();
        List<String> columns = null;
        List<String> values = new ArrayList<>();
        for (Map<String, Object> row : insert.rows()) {
            List<String> rowColumns = List.copyOf(row.keySet());
            if (columns != null && (!rowColumns.equals(columns) || values.size() == ROWS_PER_INSERT)) {
                out.add(insertStatement(insert.table(), columns, values));
                values = new ArrayList<>();
            }
            columns = rowColumns;
            values.add("(" + row.values().stream().map(this::literal).collect(Collectors.joining(", ")) + ")");
        }
        if (columns != null) {
            out.add(insertStatement(insert.table(), columns, values));
        }
        return out;
    }

    private String insertStatement(String table, List<String> columns, List<String> values) {
        return "INSERT INTO " + quote(table) + " (" + columnList(columns) + ") VALUES " + String.join(", ", values);
    }

    /**
     * Statements {@link SchemaCreator} runs before dropping tables that may refer to one another in
     * a cycle, inside its transaction. None here: foreign keys of a cycle are dropped first.
     */
    protected List<String> beforeDroppingTables() {
        return List.of();
    }

    /** The quoted column names, comma-separated. */
    protected String columnList(List<String> columns) {
        return columns.stream().map(this::quote).collect(Collectors.joining(", "));
    }
}
