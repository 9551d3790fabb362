package dev.migrate.script;

/**
 * A script's text breaks the format: a header, section or statement is wrong at a line of a file. The message is
 * {@code "<file>, line <n>: <problem and fix>"} (or {@code "<file>: …"} when no one line is at fault).
 */
public final class ScriptFormatException extends ScriptException {

    private static final long serialVersionUID = 1L;

    private final String location;
    private final int line;

    ScriptFormatException(String location, int line, String problem) {
        this(location, line, problem, null);
    }

    ScriptFormatException(String location, int line, String problem, Throwable cause) {
        super(location + (line > 0 ? ", line " + line : "") + ": " + problem, cause);
        this.location = location;
        this.line = line;
    }

    /** The file (or class) at fault. */
    public String location() {
        return location;
    }

    /** The 1-based line at fault, or 0 when the problem is the file as a whole. */
    public int line() {
        return line;
    }
}
