package dev.migrate.schema;

/**
 * A generated column's expression: {@code GENERATED ALWAYS AS (expression) STORED} (or
 * {@code VIRTUAL} on SQLite when {@code stored} is false).
 */
public record Computed(String expression, boolean stored) {
    public Computed {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("a generated column needs an expression");
        }
        expression = expression.strip();
    }
}
