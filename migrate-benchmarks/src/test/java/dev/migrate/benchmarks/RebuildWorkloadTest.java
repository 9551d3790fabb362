package dev.migrate.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RebuildWorkloadTest {

    @Test
    void readsTheRebuildBenchmarksTableAndKeepsTheWorstPairedRatio() {
        String out = """
                SQLite rebuild benchmark: 1,000 rows x 6 columns, 2 runs each, file /tmp/x/bench.db, SQLite 3.53.2, max heap 6028 MiB
                table t: 0.1 MiB on disk

                rebuild                                                       min ms  base min    median  base med paired ratio  heap +MiB
                drop NOT NULL (alterColumn nullable)                              97       187       273       396         0.69        0.0
                add a check constraint                                           331       192       361       564         1.88        0.5
                """;

        External result = RebuildWorkload.parse(out, 1_000, 2);

        assertThat(result).isInstanceOfSatisfying(External.Measured.class, measured -> {
            assertThat(measured.ratio()).isEqualTo(1.88);
            assertThat(measured.ratioMeaning()).isEqualTo("× the bare copy (worst change: add a check constraint; 1,000 rows)");
            assertThat(measured.markdown())
                    .contains("| drop NOT NULL (alterColumn nullable) | 97 ms | 187 ms | 273 ms | 396 ms | 0.69× | 0.0 MiB |")
                    .contains("`SQLite rebuild benchmark: 1,000 rows x 6 columns, 2 runs each, SQLite 3.53.2, max heap 6028 MiB`");
        });
    }

    @Test
    void outputWithoutRowsIsShownAsItIsWithNoRatio() {
        External result = RebuildWorkload.parse("something else\n", 1_000, 2);

        assertThat(result).isInstanceOfSatisfying(External.Measured.class, measured -> {
            assertThat(measured.ratio()).isNull();
            assertThat(measured.markdown()).contains("```\nsomething else\n```");
        });
    }
}
