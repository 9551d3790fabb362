package dev.migrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Runs every case of the {@link Catalogue}: the outcome and the message are the expected ones word for word, and
 * nothing was changed or lost (scripts, tables, rows, version rows, successful history). Then checks that
 * {@code docs/errors.md} shows the same table.
 */
@ExtendWith(OutputCaptureExtension.class)
class BadInputCatalogueTest {

    @TempDir
    Path dir;

    @TestFactory
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    Stream<DynamicTest> everyBadInputGivesItsMessageAndChangesNothing(CapturedOutput output) {
        AppRun.output = output::getAll;
        List<String> recorded = new ArrayList<>();
        List<Case> cases = Catalogue.cases();
        Stream<DynamicTest> tests = cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Path caseDir = Files.createDirectories(dir.resolve(c.name().replaceAll("[^A-Za-z0-9]+", "-")));
            try (Fixture f = postgres(c) ? Fixture.postgres(caseDir) : Fixture.sqlite(caseDir)) {
                c.setup().prepare(f);
                Snapshot before = Snapshot.of(f);
                Case.Result result = c.action().run(f);
                String message = Catalogue.normalize(result.message(), f);
                recorded.add(c.name() + "\n" + result.outcome() + "\n" + message + "\n====");
                record(recorded);
                assertThat(result.outcome()).as("outcome\n" + result.output()).isEqualTo(c.outcome());
                assertThat(message).as("message\n" + result.output()).isEqualTo(c.message());
                assertThat(Snapshot.of(f)).as("nothing changed or lost").isEqualTo(before);
            }
        }));
        return tests;
    }

    @Test
    void theCatalogueHasAtLeastFortyDistinctCases() {
        List<Case> cases = Catalogue.cases();
        Set<String> names = new HashSet<>();
        cases.forEach(c -> assertThat(names.add(c.name())).as("unique name " + c.name()).isTrue());
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void docsErrorsMdShowsTheCatalogue() throws IOException {
        Path doc = ErrorsDocument.path();
        String rendered = ErrorsDocument.render(Catalogue.cases());
        if (Boolean.getBoolean("migrate.errors.write")) {
            ErrorsDocument.write(doc, rendered);
        }
        assertThat(ErrorsDocument.table(Files.readString(doc)))
                .as("docs/errors.md is out of date: run this test with -Dmigrate.errors.write=true")
                .isEqualTo(rendered);
    }

    private static boolean postgres(Case c) {
        return c.action() instanceof CliRun run && run.postgres();
    }

    private static void record(List<String> recorded) throws IOException {
        Path file = Path.of("target", "catalogue-actual.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", recorded) + "\n");
    }
}
