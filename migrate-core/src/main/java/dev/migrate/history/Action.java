package dev.migrate.history;

import java.util.Locale;

/**
 * What a history-log entry records: a revision applied, unapplied, stamped, or its checksum accepted; or that a
 * run found the database at the heads of a set of scripts and verified their checksums.
 */
public enum Action {
    /** A revision's upgrade ran. */
    UPGRADE,
    /** A revision's downgrade ran. */
    DOWNGRADE,
    /** The version rows were set without running anything. */
    STAMP,
    /** The changed checksum of an applied script was accepted. */
    REPAIR,
    /**
     * A run found the version rows at the heads of the scripts and every applied script's checksum unchanged. The
     * entry's checksum column holds the scripts' {@link dev.migrate.script.ScriptFingerprint fingerprint}; later
     * runs with the same fingerprint and rows skip loading the scripts. Not a step: history views leave it out.
     */
    VERIFY;

    /** The value stored in the history table: the lower-case name. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The action stored as {@code value}; fails with the unknown value named. */
    public static Action of(String value) {
        for (Action a : values()) {
            if (a.value().equals(value)) {
                return a;
            }
        }
        throw new IllegalArgumentException("Unknown action '" + value + "' in the history table; expected one of "
                + "upgrade, downgrade, stamp, repair, verify");
    }
}
