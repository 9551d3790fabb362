package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.command.RevisionInfo;
import dev.migrate.history.Action;
import dev.migrate.runtime.MigrationEvent;
import dev.migrate.runtime.StepInfo;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private final GraphView graph = new GraphView(List.of(
            new RevisionInfo("b2", List.of("a1"), List.of(), Set.of(), List.of(), "add email", "b2.sql", true, false,
                    true, null),
            new RevisionInfo("a1", List.of(), List.of(), Set.of(), List.of(), "create users", "a1.sql", false, false,
                    true, null)));

    private static StepInfo step(String rev, Action action, List<String> before, List<String> after, String msg) {
        return new StepInfo(rev, action, before, after, msg, rev + ".sql", true);
    }

    private static void run(Progress progress, List<StepInfo> steps, boolean offline) {
        progress.onEvent(new MigrationEvent.RunStarted(steps.get(0).action(), "heads", steps.get(0).rowsBefore(),
                steps.size(), offline));
        for (StepInfo s : steps) {
            progress.onEvent(new MigrationEvent.StepStarted(s));
            progress.onEvent(new MigrationEvent.StepFinished(s, Duration.ofMillis(3)));
        }
        progress.onEvent(new MigrationEvent.RunFinished(steps.get(steps.size() - 1).rowsAfter(), steps.size(),
                Duration.ofMillis(7), true));
    }

    @Test
    void whenPipedItPrintsOneAlembicLinePerStep() {
        StringWriter out = new StringWriter();
        run(new Progress(new PrintWriter(out), false, () -> graph), List.of(
                step("a1", Action.UPGRADE, List.of(), List.of("a1"), "create users"),
                step("b2", Action.UPGRADE, List.of("a1"), List.of("b2"), "add email")), false);
        assertThat(out).hasToString("""
                Running upgrade <base> -> a1, create users
                Running upgrade a1 -> b2, add email
                """);
    }

    @Test
    void downgradesAndRevisionsTheScriptsDoNotKnow() {
        StringWriter out = new StringWriter();
        run(new Progress(new PrintWriter(out), false, () -> graph), List.of(
                step("b2", Action.DOWNGRADE, List.of("b2", "z9"), List.of("a1", "z9"), "add email"),
                step("q7", Action.UPGRADE, List.of("p6"), List.of("q7"), "")), false);
        assertThat(out).hasToString("""
                Running downgrade b2 -> a1, add email
                Running upgrade p6 -> q7
                """);
    }

    @Test
    void scriptsThatCannotBeReadLeaveTheVersionRowsToNameTheStep() {
        StringWriter out = new StringWriter();
        run(new Progress(new PrintWriter(out), false, () -> {
            throw new IllegalStateException("broken scripts");
        }), List.of(step("b2", Action.UPGRADE, List.of("a1", "z9"), List.of("b2", "z9"), "add email")), false);
        assertThat(out).hasToString("Running upgrade a1 -> b2, add email\n");
    }

    @Test
    void offlineRunsPrintNothing() {
        StringWriter out = new StringWriter();
        run(new Progress(new PrintWriter(out), false, () -> graph),
                List.of(step("a1", Action.UPGRADE, List.of(), List.of("a1"), "create users")), true);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void atATerminalAStatusLineIsDrawnAndClearedAroundEachStep() {
        StringWriter out = new StringWriter();
        Progress progress = new Progress(new PrintWriter(out), true, () -> graph);
        StepInfo a1 = step("a1", Action.UPGRADE, List.of(), List.of("a1"), "create users");
        StepInfo b2 = step("b2", Action.UPGRADE, List.of("a1"), List.of("b2"), "add email");
        run(progress, List.of(a1, b2), false);
        progress.close();
        String text = out.toString();
        assertThat(text).startsWith("Running upgrade <base> -> a1, create users\n\r\u001b[K[1/2] upgrade a1 create "
                + "users  ");
        assertThat(text).containsPattern("\\[1/2] upgrade a1 create users  \\d+\\.\\ds, total \\d+\\.\\ds\r\u001b\\[K"
                + "Running upgrade a1 -> b2, add email\n\r\u001b\\[K\\[2/2] upgrade b2 add email  \\d+\\.\\ds, total "
                + "\\d+\\.\\ds");
        assertThat(text).endsWith("\r\u001b[K");
    }
}
