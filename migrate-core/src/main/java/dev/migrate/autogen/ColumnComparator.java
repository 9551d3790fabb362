package dev.migrate.autogen;

import dev.migrate.schema.Column;
import dev.migrate.schema.Table;

/** Compares one concern of a column that is both declared and in the database. */
interface ColumnComparator {

    /** Adds to {@code context} what differs in this concern between {@code declared} and {@code live}. */
    void compare(Table table, Column declared, Column live, ComparisonContext context);
}
