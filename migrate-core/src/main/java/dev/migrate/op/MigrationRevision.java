package dev.migrate.op;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares, once, where a Java migration sits in the revision graph.
 *
 * <pre>{@code
 * @MigrationRevision(id = "3f2a9c1b7d4e", down = "1a2b3c4d5e6f", message = "add description to devices")
 * public final class AddDescription implements Migration { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MigrationRevision {

    /** The revision id: 1–32 characters of {@code [A-Za-z0-9_]}. */
    String id();

    /** The down revisions: none for a base, two or more for a merge. */
    String[] down() default {};

    /** The human message shown by {@code history}. */
    String message() default "";

    /** Branch labels this revision carries. */
    String[] branchLabels() default {};

    /** Revisions that must be applied before this one without being its parents. */
    String[] dependsOn() default {};

    /** Whether the migration runs inside a transaction together with its version-row change. */
    boolean transactional() default true;
}
