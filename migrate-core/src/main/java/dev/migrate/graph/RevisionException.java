package dev.migrate.graph;

/**
 * A problem with the revision graph or with a target given to it. The message says what failed, which
 * revisions (and their source files) are involved, and what to do next.
 */
public abstract sealed class RevisionException extends RuntimeException
        permits GraphValidationException, UnknownRevisionException, AmbiguousRevisionException,
        MultipleHeadsException, InvalidTargetException, NotAncestorException, RelativeWalkException {

    RevisionException(String message) {
        super(message);
    }
}
