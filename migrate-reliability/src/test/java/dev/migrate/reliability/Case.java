package dev.migrate.reliability;

/**
 * One bad input of the catalogue: how to make it, what is run, and what Migrate must answer.
 *
 * @param name     a short name, unique in the catalogue
 * @param area     scripts, graph, database, command line, autogenerate or starter
 * @param cause    what is wrong, for the table in {@code docs/errors.md}
 * @param fix      what the user does about it
 * @param setup    prepares the fixture
 * @param action   runs the command (the CLI in-process, or the application with the starter)
 * @param outcome  the expected outcome: {@code exit 1}, {@code exit 2} or {@code startup fails}
 * @param message  the expected message, word for word after {@link Catalogue#normalize}
 */
record Case(String name, String area, String cause, String fix, Setup setup, Action action, String outcome,
        String message) {

    /** This case expecting {@code outcome} and {@code message}. */
    Case expect(String outcome, String message) {
        return new Case(name, area, cause, fix, setup, action, outcome, message);
    }

    /** Prepares a fixture. */
    @FunctionalInterface
    interface Setup {
        void prepare(Fixture f) throws Exception;
    }

    /** Runs the input; returns what happened. */
    @FunctionalInterface
    interface Action {
        Result run(Fixture f) throws Exception;
    }

    /**
     * What happened.
     *
     * @param outcome {@code exit N} or {@code startup fails} (or {@code started} when it should not have)
     * @param message what the user sees: standard error of the CLI, the failure report of the application
     * @param output  everything printed, for the assertion messages
     */
    record Result(String outcome, String message, String output) {
    }
}
