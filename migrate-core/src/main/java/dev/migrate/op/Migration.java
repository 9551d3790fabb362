package dev.migrate.op;

/**
 * A migration written in Java: one revision's upgrade and downgrade, against the {@link Ops}
 * facade. Place it in the revision graph with {@link MigrationRevision}.
 *
 * <pre>{@code
 * @MigrationRevision(id = "3f2a9c1b7d4e", down = "1a2b3c4d5e6f", message = "add description to devices")
 * public final class AddDescription implements Migration {
 *     public void upgrade(Ops op) throws Exception {
 *         op.addColumn("devices", column("description", TEXT));
 *     }
 *     public void downgrade(Ops op) throws Exception {
 *         op.dropColumn("devices", "description");
 *     }
 * }
 * }</pre>
 */
public interface Migration {

    /** Moves the schema forward to this revision. */
    void upgrade(Ops op) throws Exception;

    /** Moves the schema back to the down revision. */
    void downgrade(Ops op) throws Exception;
}
