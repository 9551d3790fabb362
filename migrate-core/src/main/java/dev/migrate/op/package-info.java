/**
 * Migration operations: immutable records under the sealed {@link dev.migrate.op.MigrationOp}, each
 * knowing its {@code reverse()} where one exists; {@link dev.migrate.op.Ops}, the facade a Java
 * {@link dev.migrate.op.Migration} writes against, which hands every op to the runtime's
 * {@link dev.migrate.op.OpSink}. Uses only {@code schema}.
 */
package dev.migrate.op;
