package dev.migrate.schema;

import java.util.List;

/**
 * A check constraint: a SQL boolean expression every row must satisfy.
 *
 * @param name       the full constraint name, or {@code null} when the database keeps none
 * @param expression the SQL expression, written as the database should see it
 */
public record CheckConstraint(String name, String expression) implements Constraint {

    public CheckConstraint {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("check constraint " + name + " needs an expression");
        }
        expression = expression.strip();
    }

    /** A check constraint with its full name (the naming convention is not applied). */
    public static CheckConstraint of(String name, String expression) {
        return new CheckConstraint(Names.require("a check constraint", name), expression);
    }

    @Override
    public CheckConstraint named(String newName) {
        return new CheckConstraint(newName, expression);
    }

    @Override
    public List<String> columns() {
        return List.of();
    }

    @Override
    public String kind() {
        return "check constraint";
    }
}
