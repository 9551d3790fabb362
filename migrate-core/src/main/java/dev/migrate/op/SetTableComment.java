package dev.migrate.op;

import java.util.Optional;

/**
 * Sets or drops a table comment.
 *
 * @param table    the table
 * @param comment  the new comment, or {@code null} to drop it
 * @param existing the current comment, or {@code null} when there is none
 */
public record SetTableComment(String table, String comment, String existing) implements TableOp {

    public SetTableComment {
        Require.name("the table of a comment", table);
    }

    @Override
    public Optional<MigrationOp> reverse() {
        return Optional.of(new SetTableComment(table, existing, comment));
    }

    @Override
    public String description() {
        return (comment == null ? "drop comment of table " : "comment on table ") + table;
    }
}
