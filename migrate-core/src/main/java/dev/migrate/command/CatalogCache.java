package dev.migrate.command;

import java.util.Optional;

/**
 * The catalog of one {@link Migrator}'s locations for its read-only commands, kept while the locations'
 * {@link Catalog#fingerprint fingerprint} stays the same. An application asks the same questions again and again
 * (the actuator endpoint and the health indicator call {@code status()} on every request); with the catalog kept,
 * each call looks at every script file once, its size and modification time, instead of reading and parsing it.
 *
 * <p>The fingerprint is taken before the scripts are loaded, so an edit made while they load gives a fingerprint
 * that the kept one does not match. Locations that cannot be fingerprinted are loaded on every call. A script edited
 * without changing its size or modification time goes unnoticed until the application restarts, as it does for the
 * no-op upgrade ({@link dev.migrate.script.ScriptFingerprint}). Runs (upgrade, downgrade, stamp) load the scripts
 * themselves and keep nothing, so no statements stay in memory.
 */
final class CatalogCache {

    private record Kept(String fingerprint, Catalog catalog) {
    }

    private final MigrateConfig config;
    private volatile Kept kept;

    CatalogCache(MigrateConfig config) {
        this.config = config;
    }

    /** The catalog of the locations as they are now. */
    Catalog catalog() {
        Optional<String> fingerprint = Catalog.fingerprint(config);
        Kept last = kept;
        if (fingerprint.isPresent() && last != null && last.fingerprint().equals(fingerprint.get())) {
            return last.catalog();
        }
        Catalog catalog = Catalog.load(config);
        kept = fingerprint.map(f -> new Kept(f, catalog)).orElse(null);
        return catalog;
    }
}
