package dev.migrate.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A migration tool under test, driven through its Java API the way an application drives it: each
 * call configures the tool afresh, opens its own connections from a non-pooling data source and
 * closes them before it returns.
 */
interface Tool {

    /** Lower-case name used on the command line, in database names and by the cold-process runner. */
    String id();

    /** Name shown in the report. */
    String name();

    /** The library's version, read from its jar. */
    String version();

    /** Writes the chain of migrations in this tool's own format into the empty folder {@code dir}. */
    void writeScripts(Path dir, List<Step> steps) throws IOException;

    /** Applies every pending migration found in {@code scripts} (W1 from empty, W2 at head: nothing to do). */
    void upgrade(Target target, Path scripts) throws Exception;

    /** Reads the current revision and the history of migrations (W3). */
    void status(Target target, Path scripts) throws Exception;

    /** What the tool offers for W4 (compare a declared schema with the database), or why it has nothing. */
    default Support<SchemaCompare> schemaCompare() {
        return Support.none("no schema comparison in the open-source library");
    }
}
