package dev.migrate.autogen;

import dev.migrate.op.MigrationOp;
import java.util.List;

/**
 * What autogenerate found: the differences between the declared schema and the database, the ops
 * that bring the database to the declaration in a safe order, the ops that undo them, and notes on
 * what autogenerate cannot know (a column dropped and another added may be a rename).
 *
 * @param differences one per change, in the order the comparators found them
 * @param upgradeOps  the ops of the upgrade, in a safe order
 * @param downgradeOps the ops of the downgrade: each upgrade op reversed, in reverse order
 * @param notes       things to review, one sentence each
 */
public record SchemaDiff(List<Difference> differences, List<MigrationOp> upgradeOps, List<MigrationOp> downgradeOps,
        List<String> notes) {

    /** The message {@link #report()} gives when nothing differs. */
    public static final String NO_CHANGES = "No changes detected";

    public SchemaDiff {
        differences = List.copyOf(differences);
        upgradeOps = List.copyOf(upgradeOps);
        downgradeOps = List.copyOf(downgradeOps);
        notes = List.copyOf(notes);
    }

    /** Whether the database matches the declaration. */
    public boolean isEmpty() {
        return differences.isEmpty();
    }

    /**
     * {@value #NO_CHANGES}, or the differences one per line:
     * <pre>
     * 2 differences between the declared schema and the database:
     *   - added column 'devices.description' (TEXT)
     *   - removed index 'ix_devices_name' on devices (name)
     * </pre>
     */
    public String report() {
        if (differences.isEmpty()) {
            return NO_CHANGES;
        }
        StringBuilder s = new StringBuilder().append(differences.size())
                .append(differences.size() == 1 ? " difference" : " differences")
                .append(" between the declared schema and the database:");
        differences.forEach(d -> s.append("\n  - ").append(d.description()));
        notes.forEach(n -> s.append("\n  note: ").append(n));
        return s.toString();
    }
}
