package dev.migrate.sample;

import dev.migrate.autogen.CompareOptions;
import dev.migrate.schema.MetaData;

/**
 * Compares a declared schema with a database at the heads of the scripts, as {@code migrate check} does (CI's
 * gate): every table but the version table and the history log, server defaults included.
 */
final class SchemaCheck {

    private SchemaCheck() {
    }

    /** The differences as autogenerate reports them: {@code No changes detected} when there are none. */
    static String report(SampleDatabase database, MetaData declared) {
        return database.migrator().check(declared, CompareOptions.defaults().compareServerDefaults(true)).report();
    }
}
