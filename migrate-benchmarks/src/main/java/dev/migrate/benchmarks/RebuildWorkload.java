package dev.migrate.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * W5: runs {@code dev.migrate.benchmarks.rebuild.SqliteRebuildBenchmark} (the rebuild helper's
 * benchmark) in its own JVM and turns its table into the report's: each scenario's rebuild against
 * the bare {@code INSERT INTO copy SELECT * FROM t} and against the copy into the table's new
 * definition, and the worst paired ratio to the bare copy for the target.
 */
final class RebuildWorkload {

    static final String MAIN = "dev.migrate.benchmarks.rebuild.SqliteRebuildBenchmark";

    /**
     * "name   min  base-min  median  base-median  ratio  new-def-ratio  heap" as the benchmark prints
     * a row; the new-definition ratio is "-" for a change SQLite makes in place.
     */
    private static final Pattern ROW = Pattern.compile(
            "^(.+?)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+\\.\\d+)\\s+(\\d+\\.\\d+|-)\\s+(\\d+\\.\\d+)\\s*$");

    private RebuildWorkload() {
    }

    static External run(Jvm jvm, int rows, int runs) {
        try {
            Class.forName(MAIN, false, RebuildWorkload.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return new External.Pending("W5", Externals.W5_TITLE, "pending: `" + MAIN + "` is not in this build.",
                    Externals.W5_DESIGN);
        }
        if (jvm == null) {
            return new External.Pending("W5", Externals.W5_TITLE,
                    "not run: it needs `java -jar migrate-benchmarks/target/migrate-benchmarks.jar`.", Externals.W5_DESIGN);
        }
        System.out.println("[sqlite] W5 " + MAIN + " " + rows + " rows, " + runs + " runs");
        Jvm.Exit exit;
        try {
            exit = jvm.run(MAIN, List.of(Integer.toString(rows), Integer.toString(runs)));
        } catch (Exception e) {
            return new External.Pending("W5", Externals.W5_TITLE, "failed to start: " + Harness.message(e), Externals.W5_DESIGN);
        }
        if (exit.status() != 0) {
            return new External.Pending("W5", Externals.W5_TITLE, "the rebuild benchmark exited with " + exit.status()
                    + ": " + exit.err().strip().lines().findFirst().orElse(""), Externals.W5_DESIGN);
        }
        return parse(exit.out(), rows, runs);
    }

    static External parse(String out, int rows, int runs) {
        List<String[]> table = new ArrayList<>();
        double worst = 0;
        String worstName = null;
        String worstNewRatio = null;
        String setup = out.lines().findFirst().orElse("");
        for (String line : out.lines().toList()) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                double ratio = Double.parseDouble(m.group(6));
                String newRatio = m.group(7).equals("-") ? "—" : m.group(7) + "×";
                table.add(new String[] {m.group(1).strip(), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), newRatio,
                        m.group(8)});
                if (ratio > worst) {
                    worst = ratio;
                    worstName = m.group(1).strip();
                    worstNewRatio = newRatio;
                }
            }
        }
        StringBuilder md = new StringBuilder();
        md.append("Run by the harness as `java -cp migrate-benchmarks.jar ").append(MAIN).append(' ').append(rows).append(' ')
                .append(runs).append("` (").append(String.format("%,d", rows)).append(" rows, ").append(runs)
                .append(" runs per scenario). Its first line: `").append(setup.replaceAll(", file \\S+,", ",")).append("`.\n\n");
        if (table.isEmpty()) {
            md.append("Its output had no row this harness could read:\n\n```\n").append(out.strip()).append("\n```\n");
            return new External.Measured("W5", Externals.W5_TITLE, md.toString(), null, null);
        }
        md.append("Each rebuild runs as a transactional migration step on the same file; the baseline is the bare copy into ")
                .append("an empty table of the same definition, run just before it. The paired ratio is the median of the paired ")
                .append("ratios (rebuild ÷ the copy just before it).\n\n")
                .append("Into the same definition SQLite copies whole records without decoding them (its transfer ")
                .append("optimization), which it refuses once the new table has a CHECK or NOT NULL the old one lacks; so the ")
                .append("second ratio pairs each rebuild with a copy into an empty table of the definition the rebuild produces, ")
                .append("also run just before it (— where SQLite makes the change in place, without a copy).\n\n");
        md.append("| change | rebuild min | copy min | rebuild median | copy median | paired ratio | paired ratio to the copy into ")
                .append("the new definition | heap growth |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String[] row : table) {
            md.append("| ").append(row[0]).append(" | ").append(row[1]).append(" ms | ").append(row[2]).append(" ms | ")
                    .append(row[3]).append(" ms | ").append(row[4]).append(" ms | ").append(row[5]).append("× | ")
                    .append(row[6]).append(" | ").append(row[7]).append(" MiB |\n");
        }
        String newDefinition = worstNewRatio == null || worstNewRatio.equals("—") ? ""
                : ", " + worstNewRatio + " the copy into its new definition";
        return new External.Measured("W5", Externals.W5_TITLE, md.toString(), worst,
                "× the bare copy (worst change: " + worstName + newDefinition + "; " + String.format("%,d", rows) + " rows)");
    }
}
