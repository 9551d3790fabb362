package dev.migrate.runtime;

import dev.migrate.history.Action;
import java.util.List;
import java.util.Locale;

/** Builds the messages of failed steps and changed checksums. */
final class Failures {

    private static final int MAX_STATEMENT = 500;

    private Failures() {
    }

    /** How a failed step left the database. */
    enum Aftermath { STEP_ROLLED_BACK, RUN_ROLLED_BACK, NOT_TRANSACTIONAL, CONNECTION_LOST }

    static MigrationFailedException stepFailed(StepInfo step, Throwable error, Aftermath aftermath,
            List<String> rowsNow) {
        String where = null;
        String statement = null;
        StringBuilder m = new StringBuilder();
        m.append(capitalized(step.action())).append(" of revision ").append(step.revision());
        if (!step.message().isEmpty()) {
            m.append(" (").append(step.message()).append(')');
        }
        m.append(" failed");
        if (error instanceof Executor.StatementFailure failure) {
            where = failure.where;
            statement = failure.statement;
            m.append(" at ").append(where).append(": ").append(oneLine(failure.getMessage()));
            m.append("\nStatement: ").append(abbreviate(statement));
        } else {
            m.append(" in ").append(step.source()).append(": ").append(describe(error));
        }
        m.append('\n');
        String rows = RowChanges.describe(rowsNow);
        String fix = Remedy.of(error).map(remedy -> remedy + "; then run the ").orElse("Fix the script and run the ")
                + step.action().value() + " again.";
        switch (aftermath) {
            case STEP_ROLLED_BACK -> m.append("The step was rolled back: the database stays at ").append(rows)
                    .append(". ").append(fix);
            case RUN_ROLLED_BACK -> m.append("The whole run was rolled back (transaction mode ALL): the database "
                    + "stays at ").append(rows).append(". ").append(fix);
            case NOT_TRANSACTIONAL -> m.append("The step ran outside a transaction (transactional false): what its "
                    + "statements did before the failure stays, and the version table still says ").append(rows)
                    .append(". Repair the database by hand, then run the ").append(step.action().value())
                    .append(" again (or stamp the revision if its work is done).");
            case CONNECTION_LOST -> m.append("The connection to the database was lost during the step, so nothing "
                    + "of its transaction was committed: the database rolls it back. Check where the database stands "
                    + "(migrate current), then run the ").append(step.action().value()).append(" again.");
            default -> throw new IllegalArgumentException(aftermath.toString());
        }
        return new MigrationFailedException(m.toString(), step, where, statement, error);
    }

    static ChecksumMismatchException checksumsChanged(List<ChecksumMismatchException.Mismatch> mismatches) {
        StringBuilder m = new StringBuilder();
        if (mismatches.size() == 1) {
            ChecksumMismatchException.Mismatch c = mismatches.get(0);
            m.append("The script of applied revision ").append(c.revision()).append(" changed after it was applied: ")
                    .append(c.source()).append(" (checksum logged ").append(c.logged()).append(", now ")
                    .append(c.current()).append("). ");
            m.append("Editing an applied script does not change the database: revert the edit and put the change "
                    + "in a new revision. If the edit changes nothing in the database (comments, formatting), accept "
                    + "the new checksum with the repair command (Migrator.repairChecksums()) or the acceptChecksums "
                    + "option.");
        } else {
            m.append("The scripts of ").append(mismatches.size())
                    .append(" applied revisions changed after they were applied:");
            for (ChecksumMismatchException.Mismatch c : mismatches) {
                m.append("\n  ").append(c.revision()).append(": ").append(c.source()).append(" (checksum logged ")
                        .append(c.logged()).append(", now ").append(c.current()).append(')');
            }
            m.append("\nEditing applied scripts does not change the database: revert the edits and put the changes "
                    + "in new revisions. If the edits change nothing in the database (comments, formatting), accept "
                    + "the new checksums with the repair command (Migrator.repairChecksums()) or the acceptChecksums "
                    + "option.");
        }
        return new ChecksumMismatchException(m.toString(), mismatches);
    }

    static String capitalized(Action action) {
        String v = action.value();
        return v.substring(0, 1).toUpperCase(Locale.ROOT) + v.substring(1);
    }

    static String describe(Throwable error) {
        String message = error.getMessage();
        if (error instanceof RuntimeException && message != null && !(error instanceof NullPointerException)) {
            return oneLine(message);
        }
        return error.getClass().getName() + (message == null ? "" : ": " + oneLine(message));
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String abbreviate(String sql) {
        String s = sql.strip();
        return s.length() <= MAX_STATEMENT ? s : s.substring(0, MAX_STATEMENT) + " ...";
    }
}
