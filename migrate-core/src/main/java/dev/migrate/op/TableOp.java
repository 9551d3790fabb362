package dev.migrate.op;

/** An op that changes one existing table; the ops a {@link BatchAlterTable} may hold. */
public sealed interface TableOp extends MigrationOp
        permits AddColumn, DropColumn, RenameColumn, AlterColumn, CreateIndex, DropIndex, AddConstraint, DropConstraint,
        SetTableComment {

    /** The table the op changes. */
    String table();
}
