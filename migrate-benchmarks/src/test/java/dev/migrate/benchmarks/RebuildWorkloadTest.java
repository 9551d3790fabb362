package dev.migrate.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RebuildWorkloadTest {

    @Test
    void readsTheRebuildBenchmarksTableAndKeepsTheWorstPairedRatioToTheBareCopy() {
        String out = """
                SQLite rebuild benchmark: 1,000 rows x 6 columns, 2 runs each, file /tmp/x/bench.db, SQLite 3.53.2, max heap 6028 MiB
                table t: 0.1 MiB on disk

                rebuild                                                       min ms  base min    median  base med paired ratio new-def ratio  heap +MiB
                drop NOT NULL (alterColumn nullable; in place on SQLite 3.53+)    97       187       273       396         0.69             -        0.0
                change type TEXT -> VARCHAR(40)                                  301       280       310       290         1.07          2.10        0.0
                add a check constraint                                           331       192       361       564         1.88          1.04        0.5
                """;

        External result = RebuildWorkload.parse(out, 1_000, 2);

        assertThat(result).isInstanceOfSatisfying(External.Measured.class, measured -> {
            assertThat(measured.ratio()).isEqualTo(1.88);
            assertThat(measured.ratioMeaning()).isEqualTo(
                    "× the bare copy (worst change: add a check constraint, 1.04× the copy into its new definition; 1,000 rows)");
            assertThat(measured.markdown())
                    .contains("| paired ratio | paired ratio to the copy into the new definition | heap growth |")
                    .contains("| drop NOT NULL (alterColumn nullable; in place on SQLite 3.53+) | 97 ms | 187 ms | 273 ms | 396 ms"
                            + " | 0.69× | — | 0.0 MiB |")
                    .contains("| change type TEXT -> VARCHAR(40) | 301 ms | 280 ms | 310 ms | 290 ms | 1.07× | 2.10× | 0.0 MiB |")
                    .contains("| add a check constraint | 331 ms | 192 ms | 361 ms | 564 ms | 1.88× | 1.04× | 0.5 MiB |")
                    .contains("transfer optimization")
                    .contains("`SQLite rebuild benchmark: 1,000 rows x 6 columns, 2 runs each, SQLite 3.53.2, max heap 6028 MiB`");
        });
    }

    @Test
    void aWorstChangeMadeInPlaceHasNoNewDefinitionFigure() {
        String out = """
                rebuild                                                       min ms  base min    median  base med paired ratio new-def ratio  heap +MiB
                set NOT NULL (alterColumn notNull; in place on SQLite 3.53+)      96       283       100       297         0.35             -        0.0
                """;

        External result = RebuildWorkload.parse(out, 1_000, 2);

        assertThat(result).isInstanceOfSatisfying(External.Measured.class, measured -> {
            assertThat(measured.ratio()).isEqualTo(0.35);
            assertThat(measured.ratioMeaning()).isEqualTo(
                    "× the bare copy (worst change: set NOT NULL (alterColumn notNull; in place on SQLite 3.53+); 1,000 rows)");
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
