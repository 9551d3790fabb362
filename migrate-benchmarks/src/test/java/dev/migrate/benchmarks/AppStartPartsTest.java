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
    void theTargetComparesTheMedianPairedDifferenceWithFiftyMilliseconds() {
        SampleApp app = new SampleApp(dir, "dev.migrate.sample.SampleApplication", List.of());
        Stats without = new Stats(2_000_000_000L, 1_900_000_000L, 2_300_000_000L, 5);
        External near = AppStart.result(app, Path.of("sample-app.jar"), 5,
                new Stats(2_040_000_000L, 1_950_000_000L, 2_200_000_000L, 5), without,
                new Stats(40_000_000L, -30_000_000L, 90_000_000L, 5), null, null, null, null);
        External far = AppStart.result(app, Path.of("sample-app.jar"), 5,
                new Stats(2_170_000_000L, 2_000_000_000L, 2_400_000_000L, 5), without,
                new Stats(170_000_000L, 60_000_000L, 300_000_000L, 5), null, null, null, null);

        assertThat(Targets.evaluate(new Results(), List.of(near), true)).last()
                .satisfies(check -> assertThat(check.measured()).startsWith("+40 ms added"))
                .extracting(Targets.Check::verdict).isEqualTo("met");
        assertThat(Targets.evaluate(new Results(), List.of(far), true)).last()
                .satisfies(check -> assertThat(check.measured()).startsWith("+170 ms added"))
                .extracting(Targets.Check::verdict).isEqualTo("missed");
        assertThat(((External.Measured) far).markdown())
                .contains("| difference of medians | +170 ms | — | |")
                .contains("| **added by the starter** (median of the paired differences, range) | **+170 ms** (+60 ms … +300 ms) | | |");
    }
}
