package dev.migrate.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fingerprint taken on a background thread gives what taking it in place gives, however many run at once. */
class PendingFingerprintTest {

    @TempDir
    Path dir;

    @Test
    void givesTheFingerprintOfTheLocationsAsTheyWereWhenItFinished() throws Exception {
        Files.writeString(dir.resolve("r1_first.sql"), "-- migrate:revision r1\n-- migrate:upgrade\nSELECT 1;\n");
        MigrateConfig config = Migrator.builder().locations("filesystem:" + dir).config();
        String expected = Catalog.fingerprint(config).orElseThrow();

        assertThat(PendingFingerprint.start(config).get()).isEqualTo(expected);

        Files.writeString(dir.resolve("r2_second.sql"), "-- migrate:revision r2\n-- migrate:upgrade\nSELECT 2;\n");
        assertThat(PendingFingerprint.start(config).get()).isNotEqualTo(expected);
    }

    @Test
    void aFolderOfManyFilesGivesTheSameWhenTheCallerTakesAShareOfTheLookUps() throws Exception {
        for (int i = 0; i < 1_000; i++) { // many chunks of look-ups, so the caller finds some left to take
            Files.writeString(dir.resolve(String.format("r%04d.sql", i)), "-- migrate:revision r" + i + "\n");
        }
        MigrateConfig config = Migrator.builder().locations("filesystem:" + dir).config();
        String expected = Catalog.fingerprint(config).orElseThrow();

        for (int i = 0; i < 20; i++) {
            assertThat(PendingFingerprint.start(config).get()).isEqualTo(expected);
        }
    }

    @Test
    void moreAtOnceThanThePoolHasThreadsAreTakenOnTheCallersThread() {
        MigrateConfig config = Migrator.builder().locations("filesystem:" + dir).config();
        String expected = Catalog.fingerprint(config).orElseThrow();
        List<PendingFingerprint> pending = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            pending.add(PendingFingerprint.start(config));
        }
        assertThat(pending).allSatisfy(p -> assertThat(p.get()).isEqualTo(expected));
    }

    @Test
    void aLocationThatCannotBeFingerprintedGivesNull() {
        MigrateConfig config = Migrator.builder().locations("filesystem:" + dir.resolve("missing")).config();
        assertThat(PendingFingerprint.start(config).get()).isNull();
        assertThat(PendingFingerprint.start(config).value()).isEmpty();
    }
}
