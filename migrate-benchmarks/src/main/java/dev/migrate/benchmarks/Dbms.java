package dev.migrate.benchmarks;

/** The database engines the benchmarks run on. */
enum Dbms {
    SQLITE("sqlite", "SQLite (file)"),
    POSTGRESQL("postgresql", "PostgreSQL");

    private final String id;
    private final String label;

    Dbms(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name used on the command line and in file names. */
    String id() {
        return id;
    }

    /** The name shown in the report. */
    String label() {
        return label;
    }

    static Dbms byId(String id) {
        for (Dbms dbms : values()) {
            if (dbms.id.equalsIgnoreCase(id) || (dbms == POSTGRESQL && id.equalsIgnoreCase("pg"))) {
                return dbms;
            }
        }
        throw new IllegalArgumentException("Unknown database '" + id + "'; use sqlite or postgresql.");
    }
}
