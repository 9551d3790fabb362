package dev.migrate.op;

import dev.migrate.schema.ServerDefault;
import dev.migrate.schema.SqlType;
import java.util.Optional;

/** One change of an {@link AlterColumn}. */
public sealed interface ColumnChange permits ColumnChange.SetType, ColumnChange.SetNullable, ColumnChange.SetDefault,
        ColumnChange.SetComment {

    /** The change that undoes this one, when known. */
    Optional<ColumnChange> reverse();

    /**
     * Changes the type.
     *
     * @param type     the new type
     * @param existing the current type, or {@code null}; needed to reverse the change
     * @param using    PostgreSQL's {@code USING} expression for the conversion, or {@code null}
     */
    record SetType(SqlType type, SqlType existing, String using) implements ColumnChange {
        public SetType {
            Require.present("the new column type", type);
        }

        @Override
        public Optional<ColumnChange> reverse() {
            return Optional.ofNullable(existing).map(e -> new SetType(e, type, null));
        }
    }

    /** Makes the column accept NULL or reject it. */
    record SetNullable(boolean nullable) implements ColumnChange {
        @Override
        public Optional<ColumnChange> reverse() {
            return Optional.of(new SetNullable(!nullable));
        }
    }

    /**
     * Sets or drops the server default.
     *
     * @param serverDefault the new default, or {@code null} to drop it
     * @param existing      the current default, or {@code null} when there is none
     */
    record SetDefault(ServerDefault serverDefault, ServerDefault existing) implements ColumnChange {
        @Override
        public Optional<ColumnChange> reverse() {
            return Optional.of(new SetDefault(existing, serverDefault));
        }
    }

    /**
     * Sets or drops the column comment.
     *
     * @param comment  the new comment, or {@code null} to drop it
     * @param existing the current comment, or {@code null} when there is none
     */
    record SetComment(String comment, String existing) implements ColumnChange {
        @Override
        public Optional<ColumnChange> reverse() {
            return Optional.of(new SetComment(existing, comment));
        }
    }
}
