package dev.migrate.autogen;

import dev.migrate.schema.ServerDefault;
import dev.migrate.schema.SqlType;

/**
 * What autogenerate must know about one database to compare: when two types are the same type
 * there, how defaults compare, whether comments are kept, whether changes to a table are batched
 * into a rebuild, and how a type change converts existing values.
 */
interface DialectRules {

    /** The dialect name, {@code postgresql} or {@code sqlite}. */
    String name();

    /** The type as this database names it, for messages. */
    String typeName(SqlType type);

    /** Whether a column declared with {@code declared} and read back as {@code live} has the declared type. */
    boolean sameType(SqlType declared, SqlType live);

    /** The server default as this database writes it after {@code DEFAULT}. */
    String defaultText(ServerDefault serverDefault);

    /** Whether two defaults are the same once both are brought to one spelling. */
    default boolean sameDefault(ServerDefault declared, ServerDefault live) {
        if (declared == null || live == null) {
            return declared == live;
        }
        return Defaults.normalize(defaultText(declared)).equals(Defaults.normalize(defaultText(live)));
    }

    /** Whether tables and columns keep comments. */
    boolean keepsComments();

    /** Whether changes to an existing table are grouped in one batch per table (SQLite rebuilds tables). */
    boolean batchesTableChanges();

    /** Whether a foreign key may refer to a table that does not exist yet (SQLite checks only when rows change). */
    boolean lateForeignKeys();

    /** The expression converting {@code column} from {@code from} to {@code to} ({@code USING}), or {@code null}. */
    String conversion(String column, SqlType from, SqlType to);
}
