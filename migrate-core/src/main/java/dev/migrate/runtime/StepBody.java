package dev.migrate.runtime;

/** The work of one step: the statements of a script's upgrade or downgrade section, or a Java migration's method. */
@FunctionalInterface
public interface StepBody {

    /** A body that does nothing (stamps, empty sections). */
    StepBody EMPTY = context -> { };

    /** Runs the step's statements through the context. */
    void run(StepContext context) throws Exception;
}
