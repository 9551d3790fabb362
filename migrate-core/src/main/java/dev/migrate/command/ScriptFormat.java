package dev.migrate.command;

/** The kind of script {@link Migrator#revision} writes. */
public enum ScriptFormat {
    /** A {@code .sql} file with {@code -- migrate:} headers. */
    SQL,
    /** A Java class implementing {@code dev.migrate.op.Migration}. */
    JAVA
}
