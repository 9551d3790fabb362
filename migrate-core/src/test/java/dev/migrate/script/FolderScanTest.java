package dev.migrate.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderScanTest {

    @TempDir
    Path dir;

    private final ExecutorService helper = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopHelper() {
        helper.shutdownNow();
    }

    @Test
    void listsEveryFileOfEveryDepthWithItsSizeAndTimeSortedByName() throws Exception {
        Files.createDirectories(dir.resolve("b/deeper"));
        write("z.sql", "zz", 1_000);
        write("b/deeper/c.sql", "ccc", 2_000);
        write("b/a.sql", "a", 3_000);
        Files.createDirectories(dir.resolve("empty"));

        assertThat(FolderScan.files(dir, 32, helper)).containsExactly(
                new FolderScan.FileEntry("b/a.sql", 1, 3_000),
                new FolderScan.FileEntry("b/deeper/c.sql", 3, 2_000),
                new FolderScan.FileEntry("z.sql", 2, 1_000));
    }

    @Test
    void givesTheSameWithAHelperWithoutOneAndWhenTheHelperIsBusy() throws Exception {
        List<FolderScan.FileEntry> expected = new ArrayList<>();
        for (int i = 0; i < 500; i++) { // several chunks, so the helper takes some
            String name = String.format("r%04d.sql", i);
            write(name, "x".repeat(i), 10_000L + i);
            expected.add(new FolderScan.FileEntry(name, i, 10_000L + i));
        }
        AtomicInteger helped = new AtomicInteger();
        List<FolderScan.FileEntry> withHelper = FolderScan.files(dir, 32, task -> {
            helped.incrementAndGet();
            helper.execute(task);
        });

        assertThat(withHelper).isEqualTo(expected);
        assertThat(helped).hasValue(1);
        assertThat(FolderScan.files(dir, 32, null)).isEqualTo(expected);
        assertThat(FolderScan.files(dir, 32, task -> {
            throw new RejectedExecutionException("busy");
        })).isEqualTo(expected);
    }

    @Test
    void aFewFilesTakeNoHelper() throws Exception {
        write("r1.sql", "x", 1_000);
        AtomicInteger helped = new AtomicInteger();

        assertThat(FolderScan.files(dir, 32, task -> helped.incrementAndGet())).hasSize(1);
        assertThat(helped).hasValue(0);
    }

    @Test
    void foldersNestedDeeperThanTheLimitGiveNull() throws Exception {
        Files.createDirectories(dir.resolve("a/b/c"));
        write("a/b/c/r1.sql", "x", 1_000);

        assertThat(FolderScan.files(dir, 3, helper)).hasSize(1);
        assertThat(FolderScan.files(dir, 2, helper)).isNull();
    }

    private void write(String name, String content, long modified) throws Exception {
        Path file = Files.writeString(dir.resolve(name), content);
        Files.setLastModifiedTime(file, FileTime.fromMillis(modified));
    }
}
