package dev.migrate.sample.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.migrate.sample.walkthrough.Session.Output;
import dev.migrate.sample.walkthrough.Walkthrough.Command;
import dev.migrate.sample.walkthrough.Walkthrough.Patch;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walkthrough checker itself: the page format, the normalization, the matching and the shell session. */
class WalkthroughTest {

    private static final String PAGE = """
            # Title

            Prose, and a block that is not run:

            ```bash
            ./mvnw package
            ```

            ```console
            $ echo one \\
            >   two
            one two
            $ false
            [1]
            $ true
            ```

            ```diff
            --- a/f.txt
            +++ b/f.txt
            @@ -1 +1 @@
            -old
            +new
            ```
            """;

    @Test
    void readsCommandsOutputsExitStatusesAndPatchesInPageOrder() {
        Walkthrough walkthrough = Walkthrough.parse(PAGE);
        assertThat(walkthrough.steps()).hasSize(4);
        assertThat(walkthrough.steps().get(0)).isEqualTo(new Command(10, "echo one \\\n  two", List.of("one two"), 0, 11, 12));
        assertThat(walkthrough.steps().get(1)).isEqualTo(new Command(13, "false", List.of(), 1, 13, 14));
        assertThat(walkthrough.steps().get(2)).isEqualTo(new Command(15, "true", List.of(), 0, 15, 15));
        assertThat(walkthrough.steps().get(3))
                .isEqualTo(new Patch(19, "--- a/f.txt\n+++ b/f.txt\n@@ -1 +1 @@\n-old\n+new\n"));
    }

    @Test
    void refusesConsoleBlocksThatDoNotStartWithACommandAndUnclosedBlocks() {
        assertThatIllegalArgumentException().isThrownBy(() -> Walkthrough.parse("```console\noutput\n```\n"))
                .withMessage("The ```console block at line 1 starts with 'output', not with a command; start it with '$ '");
        assertThatIllegalArgumentException().isThrownBy(() -> Walkthrough.parse("```console\n$ true\n"))
                .withMessage("The ```console block at line 1 is not closed; end it with ```");
    }

    @Test
    void normalizesTimesDurationsProcessIdsAndNewIdsInOrderOfAppearance() {
        Normalizer normalizer = new Normalizer(Set.of("77ed35e3fd3f"));
        assertThat(normalizer.line("2026-11-21T22:14:39.160Z  INFO 21143 --- [app] Migrated in 1357 ms  "))
                .isEqualTo("<time> INFO <pid> --- [app] Migrated in N ms");
        assertThat(normalizer.line("Started in 26.821 seconds (process running for 29.304)"))
                .isEqualTo("Started in N seconds (process running for N)");
        assertThat(normalizer.line("77ed35e3fd3f -> 3fa9c1b27d40, at 2025-01-06 09:15:00.000"))
                .isEqualTo("77ed35e3fd3f -> <new-rev-1>, at <time>");
        assertThat(normalizer.line("Generating 3fa9c1b27d40_x.sql; then 0a1b2c3d4e5f"))
                .isEqualTo("Generating <new-rev-1>_x.sql; then <new-rev-2>");
        assertThat(normalizer.line("{\"id\":\"fe7076aa-feb1-4ffb-9877-e65018353471\",\"durationMs\":12}"))
                .isEqualTo("{\"id\":\"<new-uuid-1>\",\"durationMs\": N}");
    }

    @Test
    void anEllipsisLineMatchesAnyNumberOfLines() {
        assertThat(Matching.matches(List.of("a", "...", "d"), List.of("a", "b", "c", "d"))).isTrue();
        assertThat(Matching.matches(List.of("a", "...", "d"), List.of("a", "d"))).isTrue();
        assertThat(Matching.matches(List.of("..."), List.of())).isTrue();
        assertThat(Matching.matches(List.of("a", "...", "d"), List.of("a", "b"))).isFalse();
        assertThat(Matching.matches(List.of("a"), List.of("a", "b"))).isFalse();
        assertThat(Matching.matches(List.of("a", "b"), List.of("a"))).isFalse();
    }

    @Test
    void runsTheStepsInOneShellAndCollectsEachOutputAndStatus(@TempDir Path folder) throws Exception {
        Walkthrough walkthrough = Walkthrough.parse("""
                ```console
                $ x=42; cd sub 2>/dev/null || mkdir sub && cd sub
                $ echo "x is $x in $(basename "$PWD")"; echo error >&2
                $ printf 'no newline'
                $ curl -s localhost:8080/nothing-listens-here; echo "port $SERVER_PORT"
                $ exit 3
                $ echo never
                ```

                ```diff
                --- a/f.txt
                +++ b/f.txt
                @@ -1 +1 @@
                -old
                +new
                ```
                """);
        List<Output> outputs = new Session(folder, Duration.ofMinutes(1)).run(walkthrough.steps());
        assertThat(outputs).hasSize(4);
        assertThat(outputs.get(0)).isEqualTo(new Output(List.of(), 0));
        assertThat(outputs.get(1)).isEqualTo(new Output(List.of("x is 42 in sub", "error"), 0));
        assertThat(outputs.get(2)).isEqualTo(new Output(List.of("no newline"), 0));
        assertThat(outputs.get(3).lines()).containsExactly("port 8080");
    }

    @Test
    void mapsThePortAndTheCopysPathBackToThePagesInOutputs() {
        String log = """
                @@walkthrough-begin 0@@
                Tomcat started on port 41234; wrote /tmp/junit-1/sample-app/x.sql

                @@walkthrough-end 0 0@@
                @@walkthrough-begin 1@@

                @@walkthrough-end 1 2@@
                """;
        assertThat(Session.outputs(log, 41234, "/tmp/junit-1")).containsExactly(
                new Output(List.of("Tomcat started on port 8080; wrote /home/you/migrate/sample-app/x.sql"), 0),
                new Output(List.of(), 2));
    }
}
