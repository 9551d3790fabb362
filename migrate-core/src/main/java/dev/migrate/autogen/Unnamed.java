package dev.migrate.autogen;

/** The failure when a constraint to remove has no name in the database, so no op can name it. */
final class Unnamed {

    private Unnamed() {
    }

    static IllegalStateException constraint(String table, String what) {
        return new IllegalStateException("Autogenerate found a " + what + " on table " + table
                + " in the database that is no longer declared, but the database keeps no name for it, so no"
                + " migration can drop it by name. Declare it again, or drop it with op.batch(...) on SQLite"
                + " (a rebuild without it), or exclude table " + table + " from autogenerate");
    }
}
