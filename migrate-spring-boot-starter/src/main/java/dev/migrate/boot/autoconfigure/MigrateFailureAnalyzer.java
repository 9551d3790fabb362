package dev.migrate.boot.autoconfigure;

import dev.migrate.graph.RevisionException;
import dev.migrate.history.Action;
import dev.migrate.jdbc.DatabaseException;
import dev.migrate.runtime.ChecksumMismatchException;
import dev.migrate.runtime.DatabaseAheadException;
import dev.migrate.runtime.LockTimeoutException;
import dev.migrate.runtime.MigrationFailedException;
import dev.migrate.runtime.StepInfo;
import dev.migrate.script.LocationNotFoundException;
import dev.migrate.script.ScriptException;
import java.sql.SQLException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns Migrate's startup failures into Spring Boot's failure report: what failed (revision, file,
 * line, statement, the database's words) and what to do next.
 */
final class MigrateFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            FailureAnalysis analysis = analyzeOne(t);
            if (analysis != null) {
                return analysis;
            }
        }
        return null;
    }

    private static FailureAnalysis analyzeOne(Throwable t) {
        if (t instanceof MigrationFailedException e) {
            return migrationFailed(e);
        }
        if (t instanceof MigrateStartupException e) {
            return new FailureAnalysis(e.description(), e.action(), e);
        }
        if (t instanceof ChecksumMismatchException e) {
            return new FailureAnalysis(e.getMessage(), "Restore the applied scripts as they were (a new change "
                    + "belongs in a new revision), or, when the change is harmless, accept the new checksums with "
                    + "'migrate repair' (Migrator.repairChecksums()).", e);
        }
        if (t instanceof DatabaseAheadException e) {
            return new FailureAnalysis(e.getMessage(), "Deploy the code that has "
                    + String.join(", ", e.unknown()) + ", or downgrade the database with that code first.", e);
        }
        if (t instanceof LocationNotFoundException e) {
            return new FailureAnalysis(e.getMessage(), "Point migrate.locations at the folder of the application's "
                    + "migrations, or create it.", e);
        }
        if (t instanceof ScriptException e) {
            return new FailureAnalysis(e.getMessage(), "Fix the script named above.", e);
        }
        if (t instanceof RevisionException e) {
            return new FailureAnalysis(e.getMessage(), "Fix the down revisions of the scripts, or set migrate.target "
                    + "to a revision that exists (it is heads by default).", e);
        }
        if (t instanceof LockTimeoutException e) {
            return new FailureAnalysis(e.getMessage(), "Wait for the other migration to finish and start again, "
                    + "or raise migrate.lock-timeout.", e);
        }
        return null;
    }

    static FailureAnalysis migrationFailed(MigrationFailedException e) {
        StepInfo step = e.step();
        String file = step.source().isEmpty() ? "its script" : step.source();
        StringBuilder description = new StringBuilder("Migrate could not ").append(verb(step.action()))
                .append(" revision ").append(step.revision());
        if (!step.message().isEmpty()) {
            description.append(" (").append(step.message()).append(')');
        }
        description.append(" from ").append(file).append('.');
        e.statement().ifPresent(sql -> description.append("\n\nThe statement at ")
                .append(e.where().orElse(file)).append(" failed:\n\n    ")
                .append(sql.strip().replace("\n", "\n    ")));
        description.append("\n\nThe database said: ").append(databaseMessage(e));
        String before = MigrateStartup.rows(step.rowsBefore());
        if (step.transactional()) {
            description.append("\n\nThe step was rolled back; the database is still at ").append(before).append('.');
            String fix = e.remedy().orElse("Fix " + (e.statement().isPresent() ? "the statement in " + file : file)
                    + " (or the database it expects)");
            return new FailureAnalysis(description.toString(), fix + ", then start the application again: Migrate "
                    + "resumes from " + before + ".", e);
        }
        description.append("\n\nThe step ran outside a transaction (migrate:transactional false): the statements "
                + "before the failing one stay applied, and the database is still recorded at ").append(before)
                .append('.');
        return new FailureAnalysis(description.toString(), "Check what the statements before the failing one did; "
                + "undo them by hand (or finish the step and stamp " + step.revision() + "), fix " + file
                + ", then start the application again.", e);
    }

    private static String verb(Action action) {
        return switch (action) {
            case UPGRADE -> "apply";
            case DOWNGRADE -> "downgrade";
            case STAMP -> "stamp";
            case REPAIR -> "repair";
            case VERIFY -> "verify";
        };
    }

    /** The database's own words: the driver message and SQLState, else the cause's message. */
    static String databaseMessage(Throwable failure) {
        for (Throwable t = failure.getCause(); t != null; t = t.getCause()) {
            if (t instanceof DatabaseException d) {
                return d.driverMessage() + (d.sqlState() == null ? "" : " [SQLState " + d.sqlState() + "]");
            }
            if (t instanceof SQLException s) {
                return s.getMessage() + (s.getSQLState() == null ? "" : " [SQLState " + s.getSQLState() + "]");
            }
        }
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        return String.valueOf(cause.getMessage());
    }
}
