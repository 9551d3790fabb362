package dev.migrate.runtime;

import dev.migrate.history.Action;
import dev.migrate.history.HistoryEntry;
import dev.migrate.history.HistoryLog;
import dev.migrate.history.VersionTable;
import dev.migrate.history.VersionTableException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One online run, under the lock: makes sure the tables exist, validates checksums, then takes the
 * steps one transaction at a time, re-reading the version rows at the start of each transaction and
 * planning again when they are not what the next step expects.
 */
final class OnlineRun {

    private static final Logger LOG = LoggerFactory.getLogger(Runner.class);

    private final RunSettings settings;
    private final OnlineExecutor x;
    private final String database;
    private final VersionTable versions;
    private final HistoryLog history;
    private final Events events;
    private final boolean all;
    private final String user;
    private boolean inTransaction;

    OnlineRun(RunSettings settings, OnlineExecutor executor, String database) {
        this.settings = settings;
        this.x = executor;
        this.database = database;
        this.versions = settings.versionTable();
        this.history = settings.historyLog();
        this.events = new Events(settings.listeners());
        this.all = settings.transactionMode() == TransactionMode.ALL;
        this.user = Who.user(executor.connection());
    }

    RunReport run(RunSpec spec) throws SQLException {
        long start = System.nanoTime();
        ensureTables(spec);
        List<String> fromRows = read();
        List<ChecksumCheck> repaired = new ArrayList<>();
        long newestBefore = spec.fingerprint().isPresent() ? newestId() : -1;
        if (spec.action() == Action.UPGRADE) {
            List<ChecksumMismatchException.Mismatch> changed = changedChecksums(spec, fromRows);
            if (!changed.isEmpty()) {
                if (!settings.acceptChecksums()) {
                    throw Failures.checksumsChanged(changed);
                }
                logRepairs(changed, fromRows);
                changed.forEach(c -> repaired.add(new ChecksumCheck(c.revision(), c.source(), c.current())));
            }
        }
        Deque<PlannedStep> pending = new ArrayDeque<>(spec.plan(fromRows));
        events.fire(new MigrationEvent.RunStarted(spec.action(), spec.target(), fromRows, pending.size(), false));
        logStart(spec, fromRows, pending.size());
        List<RunReport.Applied> applied = new ArrayList<>();
        try {
            if (all) {
                begin();
            }
            List<String> expected = fromRows;
            while (true) {
                if (!all) {
                    begin();
                }
                List<String> rows = read();
                if (!rows.equals(sorted(expected))) {
                    LOG.info("The version rows of {} are {}, not {} (another process migrated it); planning again",
                            versions.displayName(), RowChanges.describe(rows), RowChanges.describe(expected));
                    pending = new ArrayDeque<>(spec.plan(rows));
                }
                if (pending.isEmpty()) {
                    if (!all) {
                        commit();
                    }
                    break;
                }
                PlannedStep next = pending.poll();
                applied.add(step(next));
                expected = next.info().rowsAfter();
            }
            if (all) {
                commit();
            }
        } catch (MigrationFailedException e) {
            events.fire(new MigrationEvent.RunFinished(safeRead(), applied.size(), since(start), false));
            throw e;
        } catch (RuntimeException | SQLException e) {
            rollback();
            events.fire(new MigrationEvent.RunFinished(safeRead(), applied.size(), since(start), false));
            throw e;
        }
        List<String> toRows = read();
        if (applied.isEmpty() && repaired.isEmpty() && spec.fingerprint().isPresent()) {
            recordVerified(spec, toRows, newestBefore);
        }
        Duration took = since(start);
        events.fire(new MigrationEvent.RunFinished(toRows, applied.size(), took, true));
        if (!applied.isEmpty()) {
            LOG.info("{} {}: {} step(s) in {} ms, now at {}", Failures.capitalized(spec.action()), database,
                    applied.size(), took.toMillis(), RowChanges.describe(toRows));
        }
        return new RunReport(spec.action(), fromRows, toRows, applied, repaired, took);
    }

    List<ChecksumMismatchException.Mismatch> repair(RunSpec spec) throws SQLException {
        ensureTables(null);
        List<String> rows = read();
        List<ChecksumMismatchException.Mismatch> changed = changedChecksums(spec, rows);
        if (!changed.isEmpty()) {
            logRepairs(changed, rows);
        }
        return changed;
    }

    private RunReport.Applied step(PlannedStep step) throws SQLException {
        StepInfo info = step.info();
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        events.fire(new MigrationEvent.StepStarted(info));
        StepRunContext context = new StepRunContext(info, x);
        try {
            if (info.transactional()) {
                step.body().run(context);
            } else {
                commit();
                LOG.info("Revision {} is marked transactional false: its statements run outside a transaction",
                        info.revision());
                step.body().run(context);
                begin();
                List<String> rows = read();
                if (!rows.equals(sorted(info.rowsBefore()))) {
                    throw new VersionTableException("The version table " + versions.displayName() + " changed while "
                            + "revision " + info.revision() + " ran outside a transaction: expected "
                            + RowChanges.describe(info.rowsBefore()) + ", found " + RowChanges.describe(rows)
                            + ". Another process migrated the database meanwhile; check its state with 'migrate "
                            + "current' and stamp it if needed.");
                }
            }
            RowChanges.apply(versions, x, info.rowsBefore(), info.rowsAfter());
            history.append(x, new HistoryLog.NewEntry(info.revision(), info.action(), info.rowsBefore(),
                    info.rowsAfter(), step.checksum(), info.transactional(), user, Who.host(), startedAt,
                    since(start), true, null));
            if (!all) {
                commit();
            }
        } catch (Exception e) {
            throw failed(step, e, startedAt, start);
        }
        Duration took = since(start);
        events.fire(new MigrationEvent.StepFinished(info, took));
        LOG.info("{} in {} ms [{}]", info.describe(), took.toMillis(), info.source());
        return new RunReport.Applied(info, took);
    }

    private MigrationFailedException failed(PlannedStep step, Exception error, Instant startedAt, long start) {
        StepInfo info = step.info();
        rollback();
        Duration took = since(start);
        List<String> rowsNow;
        boolean connectionLost = false;
        try {
            rowsNow = read();
        } catch (SQLException | RuntimeException readError) {
            // The connection is gone (the server ended the session, the network failed): the rows are unknown here.
            rowsNow = info.rowsBefore();
            connectionLost = true;
        }
        Failures.Aftermath aftermath = !info.transactional() ? Failures.Aftermath.NOT_TRANSACTIONAL
                : connectionLost ? Failures.Aftermath.CONNECTION_LOST
                : all ? Failures.Aftermath.RUN_ROLLED_BACK : Failures.Aftermath.STEP_ROLLED_BACK;
        MigrationFailedException failure = Failures.stepFailed(info, error, aftermath, rowsNow);
        try {
            begin();
            history.append(x, new HistoryLog.NewEntry(info.revision(), info.action(), rowsNow, rowsNow,
                    step.checksum(), info.transactional(), user, Who.host(), startedAt, took, false,
                    failure.getMessage()));
            commit();
        } catch (SQLException | RuntimeException logError) {
            rollback();
            failure.addSuppressed(logError);
            LOG.warn("Could not log the failure of revision {} in {}: {}", info.revision(), history.displayName(),
                    logError.getMessage());
        }
        events.fire(new MigrationEvent.StepFailed(info, took, failure));
        LOG.error("{}", failure.getMessage());
        return failure;
    }

    /** Creates the tables when missing; on a fresh database, {@code spec} is planned first (may be null). */
    private void ensureTables(RunSpec spec) throws SQLException {
        begin();
        try {
            if (!versions.exists(x.connection())) {
                if (spec != null) {
                    // A target or a script that the run cannot take fails before anything is created.
                    spec.plan(List.of());
                }
                versions.create(x);
            }
            if (!history.exists(x.connection())) {
                history.create(x);
            }
            commit();
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw e;
        }
    }

    private List<ChecksumMismatchException.Mismatch> changedChecksums(RunSpec spec, List<String> rows)
            throws SQLException {
        List<ChecksumCheck> checks = spec.checksums(rows);
        if (checks.isEmpty()) {
            return List.of();
        }
        Map<String, String> logged = history.appliedChecksums(x.connection());
        List<ChecksumMismatchException.Mismatch> changed = new ArrayList<>();
        for (ChecksumCheck check : checks) {
            String before = logged.get(check.revision());
            if (before != null && check.checksum() != null && !before.equals(check.checksum())) {
                changed.add(new ChecksumMismatchException.Mismatch(check.revision(), check.source(), before,
                        check.checksum()));
            }
        }
        return changed;
    }

    private void logRepairs(List<ChecksumMismatchException.Mismatch> changed, List<String> rows) throws SQLException {
        begin();
        try {
            for (ChecksumMismatchException.Mismatch c : changed) {
                history.append(x, new HistoryLog.NewEntry(c.revision(), Action.REPAIR, rows, rows, c.current(), true,
                        user, Who.host(), Instant.now(), Duration.ZERO, true, null));
                LOG.warn("Accepted the changed checksum of applied revision {} ({}): logged {}, now {}",
                        c.revision(), c.source(), c.logged(), c.current());
            }
            commit();
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw e;
        }
    }

    /**
     * Records that the scripts of {@code spec.fingerprint()} were verified with the database at their heads, unless
     * the newest entry says so already or the log changed since the checksums were validated. Best effort: a
     * database user that may not write, or a lock held elsewhere, only means the next run loads the scripts again.
     */
    private void recordVerified(RunSpec spec, List<String> rows, long newestBefore) {
        if (!rows.equals(spec.heads())) {
            return;
        }
        String fingerprint = spec.fingerprint().orElseThrow();
        try {
            begin();
            boolean unchanged = newestId() == newestBefore;
            if (unchanged && !history.verified(x.connection(), fingerprint, rows) && read().equals(rows)) {
                history.append(x, new HistoryLog.NewEntry(String.join(",", rows), Action.VERIFY, rows, rows,
                        fingerprint, true, user, Who.host(), Instant.now(), Duration.ZERO, true, null));
            }
            commit();
        } catch (SQLException | RuntimeException e) {
            rollback();
            LOG.debug("Could not record that {} is at the heads of the scripts; the next run loads them again: {}",
                    database, e.toString());
        }
    }

    private long newestId() throws SQLException {
        return history.newest(x.connection()).map(HistoryEntry::id).orElse(0L);
    }

    private void logStart(RunSpec spec, List<String> rows, int steps) {
        if (steps == 0) {
            LOG.info("{} {} to {}: nothing to do, at {}", Failures.capitalized(spec.action()), database,
                    spec.target(), RowChanges.describe(rows));
        } else {
            LOG.info("{} {} from {} to {}: {} step(s)", Failures.capitalized(spec.action()), database,
                    RowChanges.describe(rows), spec.target(), steps);
        }
    }

    /** The version rows; the tables exist once {@link #ensureTables} ran. */
    private List<String> read() throws SQLException {
        return versions.rows(x.connection());
    }

    private List<String> safeRead() {
        try {
            return read();
        } catch (SQLException | RuntimeException e) {
            return List.of();
        }
    }

    private void begin() throws SQLException {
        x.begin();
        inTransaction = true;
    }

    private void commit() throws SQLException {
        x.commit();
        inTransaction = false;
    }

    private void rollback() {
        if (inTransaction) {
            x.rollback();
            inTransaction = false;
        }
    }

    private static List<String> sorted(List<String> rows) {
        return rows.stream().sorted().toList();
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
