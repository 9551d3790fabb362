package dev.migrate.autogen;

import dev.migrate.schema.Table;

/** Compares one concern of a table that is both declared and in the database. */
interface TableComparator {

    /** Adds to {@code context} what differs in this concern between {@code declared} and {@code live}. */
    void compare(Table declared, Table live, ComparisonContext context);
}
