package dev.migrate.runtime;

import dev.migrate.history.HistoryLog;
import dev.migrate.history.VersionTable;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the {@link Runner} runs.
 *
 * @param dialectName     the dialect's name ({@code postgresql}, {@code sqlite}, ...): picks the lock and transactions
 * @param versionTable    the version table
 * @param historyLog      the history log
 * @param transactionMode one transaction per step, or one for the run
 * @param lockTimeout     how long to wait for another migration's lock
 * @param acceptChecksums whether an upgrade accepts changed checksums of applied scripts (logging repairs)
 * @param listeners       progress listeners
 */
public record RunSettings(String dialectName, VersionTable versionTable, HistoryLog historyLog,
        TransactionMode transactionMode, Duration lockTimeout, boolean acceptChecksums,
        List<MigrationListener> listeners) {

    public RunSettings {
        Objects.requireNonNull(versionTable, "versionTable");
        Objects.requireNonNull(historyLog, "historyLog");
        transactionMode = transactionMode == null ? TransactionMode.PER_STEP : transactionMode;
        lockTimeout = lockTimeout == null ? Duration.ofSeconds(60) : lockTimeout;
        listeners = listeners == null ? List.of() : List.copyOf(listeners);
    }
}
