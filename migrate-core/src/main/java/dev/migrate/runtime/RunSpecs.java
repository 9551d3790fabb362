package dev.migrate.runtime;

import dev.migrate.graph.Direction;
import dev.migrate.graph.Plan;
import dev.migrate.graph.Revision;
import dev.migrate.graph.StampPlan;
import dev.migrate.graph.Step;
import dev.migrate.history.Action;
import dev.migrate.script.Checksum;
import dev.migrate.script.Script;
import dev.migrate.script.SqlScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The {@link RunSpec}s of upgrade, downgrade and stamp over a revision graph and its scripts. */
public final class RunSpecs {

    /** Targets that count from the current rows: {@code +1}, {@code -2}, {@code billing@+1}. */
    private static final Pattern FROM_ROWS = Pattern.compile("([^@]+@)?[+-]\\d+");

    private RunSpecs() {
    }

    /**
     * An upgrade to {@code target}.
     *
     * @param versionTable the version table's name, for the database-ahead message
     * @param dialectName  the dialect's name, for Java migrations
     * @param renderer     renders Java migrations' ops
     */
    public static RunSpec upgrade(Migrations migrations, String target, String versionTable, String dialectName,
            OpRenderer renderer) {
        return new Moving(Action.UPGRADE, target, migrations, versionTable, dialectName, renderer, null);
    }

    /**
     * An upgrade to {@code target} of scripts with the given {@link dev.migrate.script.ScriptFingerprint
     * fingerprint}, computed before they were loaded: when the run finds nothing to do at the heads, it records the
     * fingerprint so that later runs can skip loading the scripts ({@link Runner#upToDate}).
     */
    public static RunSpec upgrade(Migrations migrations, String target, String versionTable, String dialectName,
            OpRenderer renderer, String fingerprint) {
        return new Moving(Action.UPGRADE, target, migrations, versionTable, dialectName, renderer, fingerprint);
    }

    /** A downgrade to {@code target}. */
    public static RunSpec downgrade(Migrations migrations, String target, String versionTable, String dialectName,
            OpRenderer renderer) {
        return new Moving(Action.DOWNGRADE, target, migrations, versionTable, dialectName, renderer, null);
    }

    /** A stamp to {@code targets} (empty for base); with {@code purge}, rows no script declares are allowed. */
    public static RunSpec stamp(Migrations migrations, List<String> targets, boolean purge, String versionTable) {
        return new Stamp(migrations, List.copyOf(targets), purge, versionTable);
    }

    /** Upgrade or downgrade: runs scripts. */
    private static final class Moving implements RunSpec {
        private final Action action;
        private final String target;
        private final Migrations migrations;
        private final String versionTable;
        private final String dialectName;
        private final OpRenderer renderer;
        private final String fingerprint;
        private String pinned;

        Moving(Action action, String target, Migrations migrations, String versionTable, String dialectName,
                OpRenderer renderer, String fingerprint) {
            this.fingerprint = fingerprint;
            this.action = action;
            this.target = target;
            this.migrations = migrations;
            this.versionTable = versionTable;
            this.dialectName = dialectName;
            this.renderer = renderer;
        }

        @Override
        public Action action() {
            return action;
        }

        @Override
        public String target() {
            return target;
        }

        @Override
        public List<PlannedStep> plan(List<String> rows) {
            List<String> unknown = migrations.unknown(rows);
            if (!unknown.isEmpty()) {
                throw new DatabaseAheadException(versionTable, rows, unknown);
            }
            boolean up = action == Action.UPGRADE;
            Plan plan = up ? migrations.graph().planUpgrade(rows, absolute(rows))
                    : migrations.graph().planDowngrade(rows, absolute(rows));
            List<PlannedStep> steps = new ArrayList<>();
            List<String> before = plan.rowsBefore();
            for (Step step : plan.steps()) {
                Script script = migrations.scripts().get(step.id());
                if (script instanceof SqlScript sql) {
                    if (up) {
                        sql.validate();
                    } else {
                        sql.downgradeStatements();
                    }
                }
                Revision r = step.revision();
                StepInfo info = new StepInfo(r.id(), step.direction() == Direction.UPGRADE ? Action.UPGRADE
                        : Action.DOWNGRADE, before, step.rowsAfter(), r.message(), script.location(),
                        script.transactional());
                String checksum = up ? script.checksum().map(Checksum::value).orElse(null) : null;
                steps.add(new PlannedStep(info, checksum,
                        ScriptBodies.of(script, step.direction() == Direction.UPGRADE, dialectName, renderer)));
                before = step.rowsAfter();
            }
            return steps;
        }

        /** The target, with forms that count from the current rows pinned to what they named at the start. */
        private synchronized String absolute(List<String> rows) {
            if (pinned == null) {
                pinned = target;
                if (FROM_ROWS.matcher(target).matches()) {
                    List<Revision> named = migrations.graph().resolve(target, rows);
                    if (named.isEmpty()) {
                        pinned = "base";
                    } else if (named.size() == 1) {
                        pinned = named.get(0).id();
                    }
                }
            }
            return pinned;
        }

        @Override
        public List<ChecksumCheck> checksums(List<String> rows) {
            return action == Action.UPGRADE ? migrations.checksums(rows) : List.of();
        }

        @Override
        public Optional<String> fingerprint() {
            return Optional.ofNullable(fingerprint);
        }

        @Override
        public List<String> heads() {
            return migrations.graph().heads().stream().map(Revision::id).sorted().toList();
        }
    }

    /** Stamp: moves version rows without running anything. */
    private record Stamp(Migrations migrations, List<String> targets, boolean purge, String versionTable)
            implements RunSpec {

        @Override
        public Action action() {
            return Action.STAMP;
        }

        @Override
        public boolean purges() {
            return purge;
        }

        @Override
        public String target() {
            return targets.isEmpty() ? "base" : String.join(",", targets);
        }

        @Override
        public List<PlannedStep> plan(List<String> rows) {
            List<String> unknown = migrations.unknown(rows);
            if (!purge && !unknown.isEmpty()) {
                throw new DatabaseAheadException(versionTable, rows, unknown);
            }
            StampPlan plan = migrations.graph().planStamp(rows, targets, purge);
            if (plan.isEmpty()) {
                return List.of();
            }
            String revision = plan.rowsAfter().isEmpty() ? "base" : String.join(",", plan.rowsAfter());
            StepInfo info = new StepInfo(revision, Action.STAMP, plan.rowsBefore(), plan.rowsAfter(),
                    "stamp " + target() + (purge ? " (purge)" : ""), "<stamp>", true);
            return List.of(new PlannedStep(info, null, StepBody.EMPTY));
        }
    }
}
