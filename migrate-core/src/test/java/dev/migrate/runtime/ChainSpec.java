package dev.migrate.runtime;

import dev.migrate.history.Action;
import java.util.ArrayList;
import java.util.List;

/**
 * A linear chain of revisions r1..rN for runtime tests: each upgrade runs its statements (line numbers
 * count from 1 in a pretend file {@code rN.sql}); the downgrade drops nothing.
 */
record ChainSpec(Action action, String target, List<List<String>> upgrades, List<Boolean> transactional,
        List<String> checksums) implements RunSpec {

    static ChainSpec upgrade(List<List<String>> upgrades) {
        List<Boolean> tx = new ArrayList<>();
        List<String> sums = new ArrayList<>();
        for (int i = 0; i < upgrades.size(); i++) {
            tx.add(true);
            sums.add("crc32c:0000000" + (i + 1));
        }
        return new ChainSpec(Action.UPGRADE, "r" + upgrades.size(), upgrades, tx, sums);
    }

    ChainSpec nonTransactional(int revision) {
        List<Boolean> tx = new ArrayList<>(transactional);
        tx.set(revision - 1, false);
        return new ChainSpec(action, target, upgrades, tx, checksums);
    }

    ChainSpec checksum(int revision, String checksum) {
        List<String> sums = new ArrayList<>(checksums);
        sums.set(revision - 1, checksum);
        return new ChainSpec(action, target, upgrades, transactional, sums);
    }

    @Override
    public List<PlannedStep> plan(List<String> rows) {
        int at = rows.isEmpty() ? 0 : Integer.parseInt(rows.get(0).substring(1));
        int to = Integer.parseInt(target.substring(1));
        List<PlannedStep> steps = new ArrayList<>();
        for (int i = at + 1; i <= to; i++) {
            List<String> before = i == 1 ? List.of() : List.of("r" + (i - 1));
            String file = "db/r" + i + ".sql";
            StepInfo info = new StepInfo("r" + i, Action.UPGRADE, before, List.of("r" + i), "step " + i, file,
                    transactional.get(i - 1));
            List<String> statements = upgrades.get(i - 1);
            steps.add(new PlannedStep(info, checksums.get(i - 1), context -> {
                for (int line = 0; line < statements.size(); line++) {
                    context.execute(statements.get(line), file + ", line " + (line + 1));
                }
            }));
        }
        return steps;
    }

    @Override
    public List<ChecksumCheck> checksums(List<String> rows) {
        int at = rows.isEmpty() ? 0 : Integer.parseInt(rows.get(0).substring(1));
        List<ChecksumCheck> checks = new ArrayList<>();
        for (int i = 1; i <= at; i++) {
            checks.add(new ChecksumCheck("r" + i, "db/r" + i + ".sql", checksums.get(i - 1)));
        }
        return checks;
    }
}
