package dev.migrate.runtime;

import dev.migrate.jdbc.SqlStatement;
import dev.migrate.op.Migration;
import dev.migrate.op.MigrationOp;
import dev.migrate.op.Ops;
import dev.migrate.script.JavaMigrationScript;
import dev.migrate.script.Script;
import dev.migrate.script.SqlScript;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.List;

/** The bodies of steps: the statements of a SQL script's section, or a Java migration's method with rendered ops. */
final class ScriptBodies {

    private ScriptBodies() {
    }

    static StepBody of(Script script, boolean upgrade, String dialectName, OpRenderer renderer) {
        if (script instanceof SqlScript sql) {
            return context -> {
                List<SqlStatement> statements = upgrade ? sql.upgradeStatements()
                        : sql.downgradeStatements();
                for (SqlStatement statement : statements) {
                    context.execute(statement.sql(), statement.where());
                }
            };
        }
        JavaMigrationScript java = (JavaMigrationScript) script;
        return context -> {
            Migration migration = instantiate(java);
            String method = upgrade ? "upgrade" : "downgrade";
            int[] count = {0};
            Ops ops = new Ops(op -> {
                count[0]++;
                String where = java.className() + "." + method + ", op " + count[0] + " (" + op.description() + ")";
                for (String sql : render(renderer, op, context)) {
                    context.execute(sql, where);
                }
            }, dialectName, context.online() ? context.connection() : null);
            if (upgrade) {
                migration.upgrade(ops);
            } else {
                migration.downgrade(ops);
            }
        };
    }

    private static List<String> render(OpRenderer renderer, MigrationOp op, StepContext context)
            throws java.sql.SQLException {
        return renderer.render(op, context.online() ? context.connection() : null);
    }

    /** A new instance of the migration class, through its constructor without parameters. */
    static Migration instantiate(JavaMigrationScript script) {
        Class<?> type = script.migrationClass();
        if (!Migration.class.isAssignableFrom(type)) {
            throw new IllegalStateException(script.location() + " is annotated with @MigrationRevision but does not "
                    + "implement dev.migrate.op.Migration; implement it (upgrade(Ops) and downgrade(Ops)).");
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return (Migration) constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(script.location() + " has no constructor without parameters; add one so "
                    + "that Migrate can create the migration.", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Creating " + script.location() + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Could not create " + script.location() + ": " + e, e);
        }
    }
}
