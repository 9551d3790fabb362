package dev.migrate.runtime;

/** How a run groups its steps into transactions. */
public enum TransactionMode {
    /** Each step commits on its own together with its version-row change and history row (the default). */
    PER_STEP,
    /**
     * The whole run is one transaction: either every step is applied or none. A step marked
     * {@code transactional false} commits the work so far, runs outside, and a new transaction starts after it.
     */
    ALL
}
