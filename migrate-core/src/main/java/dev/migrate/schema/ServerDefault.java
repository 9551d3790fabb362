package dev.migrate.schema;

import java.util.Objects;

/** A default the database applies when an insert gives no value: a literal value or a SQL expression. */
public sealed interface ServerDefault permits ServerDefault.Value, ServerDefault.Expression {

    /** A literal, rendered by the dialect: a string, number, boolean, date or time, UUID, or bytes. */
    static ServerDefault value(Object value) {
        return new Value(value);
    }

    /** A SQL expression written as given, for example {@code CURRENT_TIMESTAMP}. */
    static ServerDefault sql(String expression) {
        return new Expression(expression);
    }

    /** A literal default value. */
    record Value(Object value) implements ServerDefault {
        public Value {
            Objects.requireNonNull(value, "a default value cannot be null; leave the default out instead");
        }
    }

    /** A default written as a SQL expression. */
    record Expression(String sql) implements ServerDefault {
        public Expression {
            if (sql == null || sql.isBlank()) {
                throw new IllegalArgumentException("a default expression cannot be blank");
            }
            sql = sql.strip();
        }
    }
}
