package dev.migrate.autogen;

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
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns ops into the Java statements of a migration written against {@link dev.migrate.op.Ops}:
 * running the statements emits the same ops. Names of constraints and indexes are always written out,
 * so the migration does not depend on the naming convention it runs with.
 *
 * <pre>{@code
 * JavaRenderer.Rendered up = JavaRenderer.render(diff.upgradeOps());
 * // up.code():    op.addColumn("devices", column("description", TEXT));
 * // up.imports(): [static dev.migrate.op.Ops.column, static dev.migrate.schema.SqlType.TEXT]
 * }</pre>
 */
public final class JavaRenderer {

    private static final String INDENT = "        ";

    private final TreeSet<String> imports = new TreeSet<>();

    private JavaRenderer() {
    }

    /**
     * The statements of {@code ops}, one or more lines each, and the imports they need.
     *
     * @param code    the statements, lines separated by {@code \n}, not indented
     * @param imports fully qualified names to import; static imports start with {@code "static "}
     */
    public record Rendered(String code, List<String> imports) {
        public Rendered {
            imports = List.copyOf(imports);
        }
    }

    /** Renders {@code ops} in order. */
    public static Rendered render(List<? extends MigrationOp> ops) {
        JavaRenderer r = new JavaRenderer();
        List<String> statements = new ArrayList<>();
        for (MigrationOp op : ops) {
            statements.add(r.statement(op));
        }
        return new Rendered(String.join("\n", statements), new ArrayList<>(r.imports));
    }

    private String statement(MigrationOp op) {
        if (op instanceof CreateTable c) {
            return "op.createTable(" + str(c.table().name()) + ", t -> t" + tableBody(c.table()) + ");";
        }
        if (op instanceof DropTable d) {
            return "op.dropTable(" + str(d.table()) + ");";
        }
        if (op instanceof RenameTable r) {
            return "op.renameTable(" + str(r.table()) + ", " + str(r.newName()) + ");";
        }
        if (op instanceof Execute e) {
            if (e.dialects().isEmpty()) {
                return "op.execute(" + str(e.sql()) + ");";
            }
            return e.dialects().stream().sorted().map(d -> "op.executeOn(" + str(d) + ", " + str(e.sql()) + ");")
                    .collect(Collectors.joining("\n"));
        }
        if (op instanceof BulkInsert b) {
            return bulkInsert(b);
        }
        if (op instanceof BatchAlterTable b) {
            String target;
            if (b.copyFrom() == null) {
                target = str(b.table());
            } else {
                imports.add(Table.class.getName());
                target = "Table.table(" + str(b.copyFrom().name()) + ", t -> t" + indent(tableBody(b.copyFrom())) + ")";
            }
            StringBuilder s = new StringBuilder("op.batch(").append(target).append(", b -> b");
            for (TableOp t : b.ops()) {
                for (String call : calls(t)) {
                    s.append('\n').append(INDENT).append('.').append(call);
                }
            }
            return s.append(");").toString();
        }
        TableOp t = (TableOp) op;
        if (t instanceof SetTableComment c && c.comment() == null) {
            return "op.dropTableComment(" + str(c.table()) + ");";
        }
        List<String> out = new ArrayList<>();
        for (String call : calls(t)) {
            int paren = call.indexOf('(');
            String args = call.substring(paren + 1);
            out.add("op." + call.substring(0, paren) + "(" + str(t.table()) + (args.equals(")") ? "" : ", ") + args + ";");
        }
        return String.join("\n", out);
    }

    /** The calls of a table op without its table argument, as in a batch: {@code addColumn(column("x", TEXT))}. */
    private List<String> calls(TableOp op) {
        if (op instanceof AddColumn a) {
            return List.of("addColumn(" + columnExpression(a.column()) + ")");
        }
        if (op instanceof DropColumn d) {
            return List.of("dropColumn(" + str(d.column()) + ")");
        }
        if (op instanceof RenameColumn r) {
            return List.of("renameColumn(" + str(r.column()) + ", " + str(r.newName()) + ")");
        }
        if (op instanceof AlterColumn a) {
            List<String> out = new ArrayList<>();
            for (List<ColumnChange> segment : segments(a.changes())) {
                out.add("alterColumn(" + str(a.column()) + ", c -> c" + alterChain(segment) + ")");
            }
            return out;
        }
        if (op instanceof CreateIndex c) {
            return List.of("createIndex(" + indexExpression(c.index()) + ")");
        }
        if (op instanceof DropIndex d) {
            return List.of("dropIndex(" + str(d.name()) + ")");
        }
        if (op instanceof AddConstraint a) {
            return List.of("addConstraint(" + constraintExpression(a.constraint()) + ")");
        }
        if (op instanceof DropConstraint d) {
            return List.of("dropConstraint(" + str(d.name()) + ")");
        }
        SetTableComment c = (SetTableComment) op;
        return List.of("setTableComment(" + (c.comment() == null ? "null" : str(c.comment())) + ")");
    }

    /**
     * The changes split where {@link dev.migrate.op.AlterColumnBuilder} could not keep their order in one
     * call (it applies type, nullability, default, comment, each once, in that order).
     */
    private static List<List<ColumnChange>> segments(List<ColumnChange> changes) {
        List<List<ColumnChange>> out = new ArrayList<>();
        List<ColumnChange> current = new ArrayList<>();
        int last = -1;
        for (ColumnChange c : changes) {
            int rank = rank(c);
            if (rank <= last) {
                out.add(current);
                current = new ArrayList<>();
            }
            current.add(c);
            last = rank;
        }
        out.add(current);
        return out;
    }

    private static int rank(ColumnChange c) {
        if (c instanceof ColumnChange.SetType) {
            return 0;
        }
        if (c instanceof ColumnChange.SetNullable) {
            return 1;
        }
        return c instanceof ColumnChange.SetDefault ? 2 : 3;
    }

    private String alterChain(List<ColumnChange> changes) {
        StringBuilder s = new StringBuilder();
        for (ColumnChange c : changes) {
            if (c instanceof ColumnChange.SetType t) {
                s.append(".type(").append(type(t.type())).append(t.using() == null ? "" : ", " + str(t.using())).append(')');
                if (t.existing() != null) {
                    s.append(".existingType(").append(type(t.existing())).append(')');
                }
            } else if (c instanceof ColumnChange.SetNullable n) {
                s.append(n.nullable() ? ".nullable()" : ".notNull()");
            } else if (c instanceof ColumnChange.SetDefault d) {
                s.append(d.serverDefault() == null ? ".dropDefault()" : defaultCall(d.serverDefault()));
                if (d.existing() != null) {
                    imports.add(ServerDefault.class.getName());
                    s.append(".existingDefault(").append(d.existing() instanceof ServerDefault.Value v
                            ? "ServerDefault.value(" + JavaLiterals.value(v.value(), imports) + ")"
                            : "ServerDefault.sql(" + str(((ServerDefault.Expression) d.existing()).sql()) + ")").append(')');
                }
            } else {
                ColumnChange.SetComment m = (ColumnChange.SetComment) c;
                s.append(m.comment() == null ? ".dropComment()" : ".comment(" + str(m.comment()) + ")");
                if (m.existing() != null) {
                    s.append(".existingComment(").append(str(m.existing())).append(')');
                }
            }
        }
        return s.toString();
    }

    private String tableBody(Table table) {
        StringBuilder s = new StringBuilder();
        for (Column c : table.columns()) {
            s.append('\n').append(INDENT).append(".column(").append(str(c.name())).append(", ").append(type(c.type()));
            String options = columnOptions(c);
            s.append(options.isEmpty() ? "" : ", c -> c" + options).append(')');
        }
        for (Constraint c : table.constraints()) {
            s.append('\n').append(INDENT).append(".constraint(").append(constraintExpression(c)).append(')');
        }
        for (Index i : table.indexes()) {
            s.append('\n').append(INDENT).append(".index(").append(indexExpression(i)).append(')');
        }
        if (table.comment() != null) {
            s.append('\n').append(INDENT).append(".comment(").append(str(table.comment())).append(')');
        }
        return s.toString();
    }

    private String columnExpression(Column c) {
        imports.add("static dev.migrate.op.Ops.column");
        String options = columnOptions(c);
        return "column(" + str(c.name()) + ", " + type(c.type()) + (options.isEmpty() ? "" : ", c -> c" + options) + ")";
    }

    private String columnOptions(Column c) {
        StringBuilder s = new StringBuilder();
        if (c.identity()) {
            s.append(".identity()");
        } else if (!c.nullable()) {
            s.append(".notNull()");
        }
        if (c.serverDefault() != null) {
            s.append(defaultCall(c.serverDefault()));
        }
        if (c.computed() != null) {
            s.append(".computed(").append(str(c.computed().expression()))
                    .append(c.computed().stored() ? "" : ", false").append(')');
        }
        if (c.collation() != null) {
            s.append(".collate(").append(str(c.collation())).append(')');
        }
        if (c.comment() != null) {
            s.append(".comment(").append(str(c.comment())).append(')');
        }
        return s.toString();
    }

    private String defaultCall(ServerDefault d) {
        if (d instanceof ServerDefault.Value v) {
            return ".defaultValue(" + JavaLiterals.value(v.value(), imports) + ")";
        }
        return ".defaultSql(" + str(((ServerDefault.Expression) d).sql()) + ")";
    }

    private String indexExpression(Index i) {
        imports.add(Index.class.getName());
        return "Index." + (i.unique() ? "uniqueOf(" : "of(") + strings(i.columns()) + ")" + named(i.name());
    }

    private String constraintExpression(Constraint c) {
        if (c instanceof PrimaryKey pk) {
            imports.add(PrimaryKey.class.getName());
            return "PrimaryKey.of(" + strings(pk.columns()) + ")" + named(pk.name());
        }
        if (c instanceof UniqueConstraint u) {
            imports.add(UniqueConstraint.class.getName());
            return "UniqueConstraint.of(" + strings(u.columns()) + ")" + named(u.name());
        }
        if (c instanceof CheckConstraint ck) {
            imports.add(CheckConstraint.class.getName());
            if (ck.name() == null) {
                return "new CheckConstraint(null, " + str(ck.expression()) + ")";
            }
            return "CheckConstraint.of(" + str(ck.name()) + ", " + str(ck.expression()) + ")";
        }
        ForeignKey fk = (ForeignKey) c;
        imports.add(ForeignKey.class.getName());
        StringBuilder s = new StringBuilder("ForeignKey.of(");
        if (fk.columns().size() == 1) {
            s.append(str(fk.columns().get(0))).append(", ").append(str(fk.referredTable())).append(", ")
                    .append(str(fk.referredColumns().get(0)));
        } else {
            s.append("List.of(").append(strings(fk.columns())).append("), ").append(str(fk.referredTable()))
                    .append(", List.of(").append(strings(fk.referredColumns())).append(')');
            imports.add(List.class.getName());
        }
        s.append(')');
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
            imports.add(ReferentialAction.class.getName());
            s.append(".onDelete(ReferentialAction.").append(fk.onDelete().name()).append(')');
        }
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
            imports.add(ReferentialAction.class.getName());
            s.append(".onUpdate(ReferentialAction.").append(fk.onUpdate().name()).append(')');
        }
        if (fk.deferred()) {
            s.append(".initiallyDeferred()");
        }
        return s.append(named(fk.name())).toString();
    }

    private static String named(String name) {
        return name == null ? "" : ".named(" + str(name) + ")";
    }

    private String type(SqlType type) {
        if (type instanceof SqlType.Basic b) {
            String constant = b.name();
            imports.add("static dev.migrate.schema.SqlType." + constant);
            return constant;
        }
        if (type instanceof SqlType.Varchar v) {
            imports.add("static dev.migrate.schema.SqlType.VARCHAR");
            return "VARCHAR(" + v.length() + ")";
        }
        if (type instanceof SqlType.Char c) {
            imports.add("static dev.migrate.schema.SqlType.CHAR");
            return "CHAR(" + c.length() + ")";
        }
        if (type instanceof SqlType.Numeric n) {
            imports.add("static dev.migrate.schema.SqlType.NUMERIC");
            return n.precision() == null ? "NUMERIC" : "NUMERIC(" + n.precision() + ", " + n.scale() + ")";
        }
        SqlType.Raw r = (SqlType.Raw) type;
        imports.add("static dev.migrate.schema.SqlType.raw");
        StringBuilder s = new StringBuilder("raw(").append(str(r.sql())).append(')');
        r.byDialect().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> s.append(".on(").append(str(e.getKey())).append(", ").append(str(e.getValue())).append(')'));
        return s.toString();
    }

    private String bulkInsert(BulkInsert b) {
        imports.add(List.class.getName());
        imports.add(Map.class.getName());
        StringBuilder s = new StringBuilder("op.bulkInsert(").append(str(b.table())).append(", List.of(");
        for (int i = 0; i < b.rows().size(); i++) {
            s.append(i == 0 ? "" : ",").append('\n').append(INDENT).append("Map.ofEntries(");
            List<String> entries = new ArrayList<>();
            for (Map.Entry<String, Object> e : b.rows().get(i).entrySet()) {
                if (e.getValue() == null) {
                    throw new IllegalArgumentException("Cannot write row " + (i + 1) + " of the bulk insert into " + b.table()
                            + " as Java: column " + e.getKey() + " is NULL, which Map.ofEntries cannot hold; leave the"
                            + " column out of the row to insert its default instead");
                }
                entries.add("Map.entry(" + str(e.getKey()) + ", " + JavaLiterals.value(e.getValue(), imports) + ")");
            }
            s.append(String.join(", ", entries)).append(')');
        }
        return s.append("));").toString();
    }

    private static String strings(List<String> items) {
        return items.stream().map(JavaRenderer::str).collect(Collectors.joining(", "));
    }

    private static String str(String text) {
        return JavaLiterals.string(text);
    }

    private static String indent(String text) {
        return text.replace("\n", "\n" + INDENT);
    }
}
