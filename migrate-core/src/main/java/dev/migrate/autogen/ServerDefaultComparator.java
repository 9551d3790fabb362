package dev.migrate.autogen;

import dev.migrate.op.AlterColumn;
import dev.migrate.op.ColumnChange;
import dev.migrate.schema.Column;
import dev.migrate.schema.ServerDefault;
import dev.migrate.schema.Table;
import java.util.List;

/**
 * Server defaults, when {@link CompareOptions#compareServerDefaults()} asks for them; both sides are
 * brought to one spelling first. Identity and generated columns are left alone.
 */
final class ServerDefaultComparator implements ColumnComparator {

    @Override
    public void compare(Table table, Column declared, Column live, ComparisonContext context) {
        if (!context.options().compareServerDefaults() || declared.identity() || live.identity()
                || declared.computed() != null || live.computed() != null) {
            return;
        }
        DialectRules rules = context.rules();
        if (rules.sameDefault(declared.serverDefault(), live.serverDefault())) {
            return;
        }
        context.add(new Difference(Difference.Kind.MODIFY_DEFAULT, table.name(), live.name(),
                "changed server default of '" + table.name() + "." + live.name() + "' from "
                        + text(rules, live.serverDefault()) + " to " + text(rules, declared.serverDefault()),
                new AlterColumn(table.name(), live.name(),
                        List.of(new ColumnChange.SetDefault(declared.serverDefault(), live.serverDefault())))));
    }

    private static String text(DialectRules rules, ServerDefault d) {
        return d == null ? "none" : rules.defaultText(d);
    }
}
