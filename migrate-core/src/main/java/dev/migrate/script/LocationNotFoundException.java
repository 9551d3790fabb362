package dev.migrate.script;

/** A configured migration location does not exist (or is not a folder). */
public final class LocationNotFoundException extends ScriptException {

    private static final long serialVersionUID = 1L;

    private final Location location;

    LocationNotFoundException(Location location, String detail) {
        super("Migration location '" + location + "' " + detail + ". Create it or set the migration locations"
                + " (the default is " + Location.DEFAULT + ").");
        this.location = location;
    }

    /** The location that was not found. */
    public Location location() {
        return location;
    }
}
