package dev.migrate.command;

import dev.migrate.dialect.Dialect;
import dev.migrate.graph.Revision;
import dev.migrate.jdbc.DatabaseException;
import dev.migrate.runtime.ChecksumMismatchException;
import dev.migrate.runtime.DialectRenderer;
import dev.migrate.runtime.RunReport;
import dev.migrate.runtime.RunSpec;
import dev.migrate.runtime.RunSpecs;
import dev.migrate.runtime.Runner;
import dev.migrate.runtime.StepInfo;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/** The implementations behind {@link Migrator}: the commands that change the database or write its SQL. */
final class Commands {

    private final MigrateConfig config;
    private final Database database;
    private final Inspector inspector;
    private final ScriptCommands scripts;

    Commands(MigrateConfig config) {
        this.config = config;
        this.database = new Database(config);
        this.inspector = new Inspector(config, database);
        this.scripts = new ScriptCommands(config);
    }

    /**
     * Upgrades. To the heads, the scripts' fingerprint is taken first (on another thread, while the connection opens
     * and the version rows are read): when the database recorded the same one at the same rows, nothing is pending
     * and nothing changed, so the scripts are not loaded at all. It is complete before any script is loaded, so a
     * script edited during the run gives a fingerprint that the recorded one does not match.
     */
    RunResult upgrade(String target) {
        String t = required(target, "upgrade", "heads");
        PendingFingerprint fingerprint = t.equals("heads") || t.equals("head") ? PendingFingerprint.start(config) : null;
        try (Connection c = database.open("upgrade")) {
            Dialect dialect = database.dialect(c);
            Runner runner = database.runner(dialect);
            if (fingerprint != null) {
                Optional<RunReport> done = runner.upToDate(c, fingerprint, t);
                if (done.isPresent()) {
                    return result(done.get());
                }
            }
            String taken = fingerprint == null ? null : fingerprint.get(); // before loading: what was validated
            Catalog catalog = Catalog.load(config);
            return result(runner.run(c, RunSpecs.upgrade(catalog.migrations(), t, database.versionTableName(),
                    dialect.name(), new DialectRenderer(dialect), taken)));
        } catch (SQLException e) {
            throw new DatabaseException("close the connection", null, null, e);
        }
    }

    /** Whether an upgrade to the heads would find nothing to do, known without loading the scripts; reads only. */
    boolean upToDateCheaply() {
        PendingFingerprint fingerprint = PendingFingerprint.start(config);
        try (Connection c = database.open("upgrade")) {
            return database.runner(database.dialect(c)).verifiedRows(c, fingerprint, "heads").isPresent();
        } catch (SQLException e) {
            throw new DatabaseException("close the connection", null, null, e);
        }
    }

    RunResult downgrade(String target) {
        String t = required(target, "downgrade", "base");
        return online("downgrade", (catalog, dialect) -> RunSpecs.downgrade(catalog.migrations(), t,
                database.versionTableName(), dialect.name(), new DialectRenderer(dialect)));
    }

    RunResult stamp(List<String> targets, boolean purge) {
        List<String> t = targets(targets);
        return online("stamp", (catalog, dialect) -> RunSpecs.stamp(catalog.migrations(), t, purge,
                database.versionTableName()));
    }

    RepairResult repairChecksums() {
        Catalog catalog = Catalog.load(config);
        try (Connection c = database.open("repair")) {
            Dialect dialect = database.dialect(c);
            RunSpec spec = RunSpecs.upgrade(catalog.migrations(), "heads", database.versionTableName(),
                    dialect.name(), new DialectRenderer(dialect));
            List<ChecksumMismatchException.Mismatch> repaired = database.runner(dialect).repairChecksums(c, spec);
            return new RepairResult(repaired.stream().map(m -> new RepairResult.Repaired(m.revision(), m.source(),
                    m.logged(), m.current())).toList());
        } catch (SQLException e) {
            throw new DatabaseException("close the connection", null, null, e);
        }
    }

    String upgradeSql(String target) {
        Range range = Range.of(required(target, "upgrade --sql", "heads"), "base");
        return offline("upgrade " + range, range, (catalog, dialect) -> RunSpecs.upgrade(catalog.migrations(),
                range.to(), database.versionTableName(), dialect.name(), new DialectRenderer(dialect)));
    }

    String downgradeSql(String target) {
        String given = required(target, "downgrade --sql", null);
        if (!given.contains(":")) {
            throw new IllegalArgumentException("downgrade --sql needs a range <from>:<to>, such as 'b2c3d4e5f6a7:base',"
                    + " not '" + given + "': offline there is no database to read the current revision from.");
        }
        Range range = Range.of(given, null);
        return offline("downgrade " + range, range, (catalog, dialect) -> RunSpecs.downgrade(catalog.migrations(),
                range.to(), database.versionTableName(), dialect.name(), new DialectRenderer(dialect)));
    }

    String stampSql(List<String> targets, boolean purge) {
        List<String> t = targets(targets);
        String from = "base";
        List<String> to = t;
        if (purge) {
            if (t.stream().anyMatch(r -> r.contains(":"))) {
                throw new IllegalArgumentException("stamp --sql with purge deletes whatever version rows the database"
                        + " holds, so it takes the revisions to stamp, not a range FROM:TO: give '"
                        + t.get(0).substring(t.get(0).indexOf(':') + 1) + "'.");
            }
            return offline("stamp (purge) " + (t.isEmpty() ? "base" : String.join(",", t)), new Range("base",
                    String.join(",", t)), (catalog, dialect) -> RunSpecs.stamp(catalog.migrations(), t, true,
                    database.versionTableName()));
        }
        if (t.size() == 1 && t.get(0).contains(":")) {
            Range range = Range.of(t.get(0), "base");
            from = range.from();
            to = List.of(range.to());
        }
        List<String> finalTo = to;
        return offline("stamp " + from + ":" + String.join(",", to), new Range(from, String.join(",", to)),
                (catalog, dialect) -> RunSpecs.stamp(catalog.migrations(), finalTo, false,
                        database.versionTableName()));
    }

    CurrentResult current() {
        return inspector.current();
    }

    HistoryResult history(String range, boolean verbose) {
        return inspector.history(range, verbose);
    }

    StatusResult status() {
        return inspector.status();
    }

    List<RevisionInfo> heads() {
        return inspector.heads();
    }

    List<RevisionInfo> branches() {
        return inspector.branches();
    }

    RevisionInfo show(String revision) {
        return inspector.show(revision);
    }

    ScriptResult revision(String message, RevisionOptions options) {
        return scripts.revision(message, options);
    }

    ScriptResult merge(List<String> revisions, String message, RevisionOptions options) {
        return scripts.merge(revisions, message, options);
    }

    InitResult init(Path directory, Path propertiesFile) {
        return scripts.init(directory, propertiesFile);
    }

    private RunResult online(String command, BiFunction<Catalog, Dialect, RunSpec> spec) {
        Catalog catalog = Catalog.load(config);
        try (Connection c = database.open(command)) {
            Dialect dialect = database.dialect(c);
            return result(database.runner(dialect).run(c, spec.apply(catalog, dialect)));
        } catch (SQLException e) {
            throw new DatabaseException("close the connection", null, null, e);
        }
    }

    private String offline(String title, Range range, BiFunction<Catalog, Dialect, RunSpec> spec) {
        Catalog catalog = Catalog.load(config);
        Dialect dialect = database.offlineDialect();
        List<String> start = range.from().equals("base") ? List.of()
                : catalog.migrations().graph().resolve(range.from()).stream().map(Revision::id).toList();
        return database.runner(dialect).sql(spec.apply(catalog, dialect), start, title);
    }

    static RunResult result(RunReport report) {
        return new RunResult(report.action(), report.fromRows(), report.toRows(), report.steps().stream().map(a -> {
            StepInfo s = a.step();
            return new AppliedStep(s.revision(), s.action(), s.rowsBefore(), s.rowsAfter(), s.message(), s.source(),
                    s.transactional(), a.duration());
        }).toList(), report.duration());
    }

    private static String required(String target, String command, String fallback) {
        if (target == null || target.isBlank()) {
            if (fallback != null) {
                return fallback;
            }
            throw new IllegalArgumentException("'" + command + "' needs a target revision.");
        }
        return target.strip();
    }

    private static List<String> targets(List<String> targets) {
        if (targets == null || targets.isEmpty()) {
            throw new IllegalArgumentException("stamp needs one or more target revisions (or 'base' or 'heads').");
        }
        return targets.stream().map(String::strip).filter(t -> !t.equals("base")).toList();
    }

    /** An offline range {@code from:to}; without a colon, from {@code base}. */
    record Range(String from, String to) {
        static Range of(String given, String defaultFrom) {
            int colon = given.indexOf(':');
            if (colon < 0) {
                return new Range(defaultFrom, given);
            }
            String from = given.substring(0, colon).strip();
            String to = given.substring(colon + 1).strip();
            if (to.isEmpty()) {
                throw new IllegalArgumentException("The range '" + given + "' has no end revision; write <from>:<to>.");
            }
            return new Range(from.isEmpty() ? "base" : from, to);
        }

        @Override
        public String toString() {
            return from + ":" + to;
        }
    }
}
