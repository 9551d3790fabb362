package dev.migrate.op;

import java.util.Optional;

/**
 * One schema operation of a migration. Autogenerate produces ops, a dialect turns them into SQL,
 * the script writer turns them into source text.
 */
public sealed interface MigrationOp permits CreateTable, DropTable, RenameTable, Execute, BulkInsert, BatchAlterTable, TableOp {

    /** The op that undoes this one, when it can be known from the op alone. */
    Optional<MigrationOp> reverse();

    /** A short human description for logs, for example {@code add column devices.description}. */
    String description();
}
