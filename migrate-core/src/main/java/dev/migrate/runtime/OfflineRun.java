package dev.migrate.runtime;

import dev.migrate.history.HistoryLog;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * Writes the SQL of a run: the tables' {@code CREATE TABLE IF NOT EXISTS}, then per step
 * {@code BEGIN;}, the step's statements, its version-table and history-log statements, {@code COMMIT;}.
 * Steps marked {@code transactional false} are written without a transaction, with a comment saying so.
 */
final class OfflineRun {

    private final RunSettings settings;
    private final boolean all;

    OfflineRun(RunSettings settings) {
        this.settings = settings;
        this.all = settings.transactionMode() == TransactionMode.ALL;
    }

    String write(RunSpec spec, List<String> startRows, String title) {
        Events events = new Events(settings.listeners());
        OfflineExecutor x = new OfflineExecutor();
        x.comment("Migrate: " + title);
        x.comment("Dialect " + settings.dialectName() + "; version table " + settings.versionTable().displayName()
                + "; history log " + settings.historyLog().displayName() + "; "
                + (all ? "one transaction for the whole run" : "one transaction per step") + ".");
        x.comment("Written without connecting to the database; run it with psql -v ON_ERROR_STOP=1 -f <file> "
                + "or sqlite3 <database> < <file>.");
        x.blank();
        List<PlannedStep> steps = spec.plan(startRows);
        events.fire(new MigrationEvent.RunStarted(spec.action(), spec.target(), startRows, steps.size(), true));
        try {
            settings.versionTable().create(x);
            settings.historyLog().create(x);
        } catch (SQLException e) {
            throw new IllegalStateException("Writing SQL cannot fail: " + e.getMessage(), e);
        }
        if (all) {
            x.begin();
        }
        boolean purge = spec.purges();
        List<String> rows = startRows;
        for (PlannedStep step : steps) {
            StepInfo info = step.info();
            events.fire(new MigrationEvent.StepStarted(info));
            x.comment("Running " + info.describe() + " [" + info.source() + "]");
            if (!info.transactional()) {
                if (all) {
                    x.commit();
                }
                x.comment("transactional false: these statements run outside a transaction");
            } else if (!all) {
                x.begin();
            }
            try {
                if (purge) {
                    purge(x);
                    purge = false;
                }
                step.body().run(new StepRunContext(info, x));
                RowChanges.apply(settings.versionTable(), x, info.rowsBefore(), info.rowsAfter());
                settings.historyLog().append(x, new HistoryLog.NewEntry(info.revision(), info.action(),
                        info.rowsBefore(), info.rowsAfter(), step.checksum(), info.transactional(), null, null, null,
                        null, true, null));
            } catch (Exception e) {
                throw new IllegalStateException("Writing the SQL of revision " + info.revision() + " ("
                        + info.source() + ") failed: " + Failures.describe(e), e);
            }
            if (info.transactional() && !all) {
                x.commit();
            } else if (!info.transactional() && all) {
                x.begin();
            }
            rows = info.rowsAfter();
            events.fire(new MigrationEvent.StepFinished(info, Duration.ZERO));
        }
        if (purge) {
            if (!all) {
                x.begin();
            }
            purge(x);
            if (!all) {
                x.commit();
            }
        }
        if (all) {
            x.commit();
        }
        events.fire(new MigrationEvent.RunFinished(rows, steps.size(), Duration.ZERO, true));
        return x.script();
    }

    /** A stamp with purge: every version row goes first, whatever the database holds. */
    private void purge(OfflineExecutor x) {
        x.comment("purge: delete every version row, whatever the database holds");
        try {
            settings.versionTable().purge(x);
        } catch (SQLException e) {
            throw new IllegalStateException("Writing SQL cannot fail: " + e.getMessage(), e);
        }
    }
}
