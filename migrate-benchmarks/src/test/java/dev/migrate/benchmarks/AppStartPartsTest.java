package dev.migrate.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.graph.Revision;
import dev.migrate.script.ScriptLoader;
import dev.migrate.script.Scripts;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of W6 that need no application start: generated revisions, the CPU reading, the verdict. */
class AppStartPartsTest {

    @TempDir
    Path dir;

    @Test
    void generatedRevisionsChainAfterTheSampleHead() throws Exception {
        SampleApp.writeRevisions(dir, 3);

        Scripts scripts = new ScriptLoader(getClass().getClassLoader()).load("filesystem:" + dir);

        assertThat(scripts.revisions()).extracting(Revision::id, Revision::downRevisions).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("w60000000001", List.of(SampleApp.SAMPLE_HEAD)),
                org.assertj.core.groups.Tuple.tuple("w60000000002", List.of("w60000000001")),
                org.assertj.core.groups.Tuple.tuple("w60000000003", List.of("w60000000002")));
    }

    @Test
    void cpuTimeIsUserPlusSystemTicksOfTheProcStatLine() {
        String stat = "4242 (java (main)) S 1 4242 4242 0 -1 4194304 100 0 0 0 250 37 0 0 20 0 40 0 1234 0 0";

        assertThat(AppProcess.cpuNanos(stat)).isEqualTo(287 * 10_000_000L);
    }

    @Test
    void theRunnerPhaseIsTheTimeFromTheStartedLineToTheReadinessLine() {
        AppProcess.Start start = new AppProcess.Start(0, -1, List.of(
                "2026-11-22T00:24:26.331Z  INFO 8257 --- [main] d.m.s.SampleApplication : Started SampleApplication in "
                        + "9.312 seconds (process running for 10.426)",
                "2026-11-22T00:24:27.873Z  INFO 8257 --- [main] d.m.boot.autoconfigure.MigrateStartup : Database at head x",
                "2026-11-22T00:24:27.874Z DEBUG 8257 --- [main] o.s.b.a.ApplicationAvailabilityBean : Application "
                        + "availability state " + AppProcess.READY));

        assertThat(start.startedToReadyNanos()).isEqualTo(1_543_000_000L);
        assertThat(new AppProcess.Start(0, -1, List.of("no timestamps " + AppProcess.READY)).startedToReadyNanos())
                .isEqualTo(-1);
    }

    @Test
    void theTargetComparesTheMedianPairedDifferenceWithFiftyMillisecondsWhenItsIntervalDecides() {
        SampleApp app = new SampleApp(dir, "dev.migrate.sample.SampleApplication", List.of());
        Stats with = new Stats(2_040_000_000L, 1_950_000_000L, 2_200_000_000L, 8);
        Stats without = new Stats(2_000_000_000L, 1_900_000_000L, 2_300_000_000L, 8);

        External near = AppStart.result(app, Path.of("sample-app.jar"), 8, with, without,
                millis(10, 20, 30, 38, 42, 45, 48, 49), null, null, null, null, null);
        External far = AppStart.result(app, Path.of("sample-app.jar"), 8, with, without,
                millis(150, 60, 300, 170, 170, 160, 180, 200), null, null, null, null, null);
        External noisy = AppStart.result(app, Path.of("sample-app.jar"), 8, with, without,
                millis(-3000, 2000, 40, -500, 900, 30, 20, 4000), null, null, null, null, null);

        assertThat(Targets.evaluate(new Results(), List.of(near), true)).last()
                .satisfies(check -> assertThat(check.measured()).startsWith("+40 ms added"))
                .extracting(Targets.Check::verdict).isEqualTo("met");
        assertThat(Targets.evaluate(new Results(), List.of(far), true)).last()
                .satisfies(check -> assertThat(check.measured()).startsWith("+170 ms added"))
                .extracting(Targets.Check::verdict).isEqualTo("missed");
        assertThat(Targets.evaluate(new Results(), List.of(noisy), true)).last()
                .extracting(Targets.Check::verdict).asString()
                .startsWith("inconclusive: the 90% interval of the median paired difference (-500 ms … +2000 ms)");
        assertThat(((External.Measured) far).markdown())
                .contains("| difference of medians | +40 ms | — | |")
                .contains("| **added by the starter** (median of the paired differences, range) | **+170 ms** (+60 ms … +300 ms) | | |")
                .contains("between +150 ms and +200 ms with at least 90% confidence");
    }

    @Test
    void theAppThatOpensItsDatabaseAtStartupGetsItsOwnRowAndPairedDifference() {
        External result = withOpeningBaseline(millis(40, 60, 50, 55, 45, 30));

        assertThat(((External.Measured) result).markdown())
                .contains("| " + AppStart.OPENING + " | 2,250 ms (2,150–2,350) | — | — |")
                .contains("| with the starter − " + AppStart.OPENING + " | +48 ms (+30 ms … +60 ms) | +30 ms … +60 ms |");
        assertThat(((External.Measured) result).ratio()).isEqualTo(300.0);
        assertThat(Targets.evaluate(new Results(), List.of(result), true)).last()
                .satisfies(check -> assertThat(check.target()).startsWith("W6, Migrate's own share"))
                .satisfies(check -> assertThat(check.measured()).startsWith("+48 ms added")
                        .contains("90% interval +30 ms … +60 ms"))
                .extracting(Targets.Check::verdict).asString().startsWith("inconclusive: the 90% interval");
    }

    @Test
    void migratesOwnShareIsJudgedOnItsOwnInterval() {
        List<Targets.Check> small = Targets.evaluate(new Results(),
                List.of(withOpeningBaseline(millis(10, 20, 15, 25, 5, 12))), true);
        List<Targets.Check> large = Targets.evaluate(new Results(),
                List.of(withOpeningBaseline(millis(90, 80, 70, 95, 60, 85))), true);

        assertThat(small.get(small.size() - 2).verdict()).isEqualTo("missed"); // +300 ms against the app without it
        assertThat(small).last().extracting(Targets.Check::verdict).isEqualTo("met");
        assertThat(large).last().extracting(Targets.Check::verdict).isEqualTo("missed");
    }

    /**
     * Six paired starts: the starter adds about 300 ms to the app without it, and {@code pairedWithOpening} to the app
     * that opens its database at startup.
     */
    private External withOpeningBaseline(List<Long> pairedWithOpening) {
        SampleApp app = new SampleApp(dir, "dev.migrate.sample.SampleApplication", List.of());
        Stats with = new Stats(2_300_000_000L, 2_200_000_000L, 2_400_000_000L, 6);
        Stats without = new Stats(2_000_000_000L, 1_900_000_000L, 2_100_000_000L, 6);
        Stats opening = new Stats(2_250_000_000L, 2_150_000_000L, 2_350_000_000L, 6);
        return AppStart.result(app, Path.of("sample-app.jar"), 6, with, without, millis(300, 310, 290, 305, 295, 300),
                null, null, null, null, new AppStart.Baseline(opening, null, null, pairedWithOpening));
    }

    @Test
    void theIntervalOfTheMedianWidensWithFewerSamples() {
        assertThat(AppStart.medianInterval(millis(1, 2, 3, 4, 5))).isNull();
        assertThat(AppStart.medianInterval(millis(6, 1, 5, 2, 4, 3))).containsExactly(1_000_000L, 6_000_000L);
        assertThat(AppStart.medianInterval(millis(8, 1, 7, 2, 6, 3, 5, 4))).containsExactly(2_000_000L, 7_000_000L);
    }

    private static List<Long> millis(long... values) {
        return java.util.Arrays.stream(values).map(v -> v * 1_000_000L).boxed().toList();
    }
}
