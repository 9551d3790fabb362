package dev.migrate.autogen;

import dev.migrate.op.AlterColumn;
import dev.migrate.op.ColumnChange;
import dev.migrate.op.SetTableComment;
import dev.migrate.schema.Column;
import dev.migrate.schema.Table;
import java.util.List;
import java.util.Objects;

/** Table and column comments, on databases that keep them and when {@link CompareOptions#compareComments()}. */
final class CommentComparator implements TableComparator, ColumnComparator {

    @Override
    public void compare(Table declared, Table live, ComparisonContext context) {
        if (!applies(context) || same(declared.comment(), live.comment())) {
            return;
        }
        context.add(new Difference(Difference.Kind.MODIFY_TABLE_COMMENT, live.name(), live.name(),
                "changed comment of table '" + live.name() + "'",
                new SetTableComment(live.name(), blankToNull(declared.comment()), blankToNull(live.comment()))));
    }

    @Override
    public void compare(Table table, Column declared, Column live, ComparisonContext context) {
        if (!applies(context) || same(declared.comment(), live.comment())) {
            return;
        }
        context.add(new Difference(Difference.Kind.MODIFY_COMMENT, table.name(), live.name(),
                "changed comment of column '" + table.name() + "." + live.name() + "'",
                new AlterColumn(table.name(), live.name(), List.of(
                        new ColumnChange.SetComment(blankToNull(declared.comment()), blankToNull(live.comment()))))));
    }

    private static boolean applies(ComparisonContext context) {
        return context.options().compareComments() && context.rules().keepsComments();
    }

    private static boolean same(String a, String b) {
        return Objects.equals(blankToNull(a), blankToNull(b));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
