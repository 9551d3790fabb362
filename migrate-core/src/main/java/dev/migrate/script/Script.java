package dev.migrate.script;

import dev.migrate.graph.Revision;
import java.util.Optional;

/**
 * A migration as it is on disk or on the classpath: a {@link SqlScript} or a {@link JavaMigrationScript}.
 */
public sealed interface Script permits SqlScript, JavaMigrationScript {

    /** The revision this script declares; its {@link Revision#source() source} is {@link #location()}. */
    Revision revision();

    /** The revision id. */
    default String id() {
        return revision().id();
    }

    /** Where the script is, for messages: a path, {@code classpath:db/migrations/…} or {@code class com.x.Y}. */
    String location();

    /** The name scripts are ordered by: the file name, or for a Java migration its simple class name. */
    String fileName();

    /** Whether the migration runs inside a transaction together with its version-row change. */
    boolean transactional();

    /** The checksum of the script's content, when it has one (SQL scripts do; Java migrations do not). */
    Optional<Checksum> checksum();
}
