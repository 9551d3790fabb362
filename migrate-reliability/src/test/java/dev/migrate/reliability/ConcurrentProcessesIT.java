package dev.migrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Six JVMs, four {@code migrate upgrade heads} runs of the shaded CLI and two starts of the sample app, started
 * together against one database with 50 pending revisions, ten times on PostgreSQL and ten times on an SQLite file:
 * every revision is applied exactly once, by exactly one process; every CLI exits 0 and every app starts; the
 * version table ends at the head.
 */
class ConcurrentProcessesIT {

    static final int REVISIONS = 50;
    static final int RUNS = 10;
    static final int CLIS = 4;
    static final int APPS = 2;

    private static final Pattern CLI_STEPS = Pattern.compile("Upgraded to r050 in (\\d+) steps?");
    private static final Pattern APP_STEPS = Pattern.compile("Migrated from \\S+ to r050: (\\d+) revisions?");
    private static final Pattern APP_DONE = Pattern.compile("Migrated from \\S+ to r050|Database at head r050; "
            + "nothing to migrate|APPLICATION FAILED TO START");

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void sixProcessesOnOnePostgresDatabase() throws Exception {
        Path migrations = Chain.recording(dir.resolve("migrations"), REVISIONS, "SELECT pg_sleep(0.02);");
        Jvm.extractedSample();
        for (int run = 1; run <= RUNS; run++) {
            try (Db db = Db.postgres()) {
                race(db, migrations, run);
                assertThat(((Db.Postgres) db).advisoryLocks()).as("advisory locks left").isZero();
            }
        }
    }

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void sixProcessesOnOneSqliteFile() throws Exception {
        Path migrations = Chain.recording(dir.resolve("migrations"), REVISIONS, "");
        Jvm.extractedSample();
        for (int run = 1; run <= RUNS; run++) {
            try (Db db = Db.sqlite(dir, "race-" + run + ".db")) {
                race(db, migrations, run);
            }
        }
    }

    private void race(Db db, Path migrations, int run) throws Exception {
        Path work = Files.createDirectories(dir.resolve(db.kind() + "-run-" + run));
        List<Jvm.Started> clis = new ArrayList<>();
        List<Jvm.Started> apps = new ArrayList<>();
        // The apps take seconds to start where the CLI takes one: start the apps first.
        for (int i = 0; i < APPS; i++) {
            apps.add(Jvm.sample(work, List.of("--spring.datasource.url=" + db.url(),
                    "--migrate.locations=filesystem:" + migrations, "--migrate.java-packages=",
                    "--migrate.lock-timeout=120s", "--spring.main.banner-mode=off")));
        }
        // Odd runs: half the CLIs start with the apps, half while the apps build their context, so that CLIs take
        // the database first and the apps find it busy. Even runs: half while the apps build their context, half
        // when the apps are about to migrate, so that the apps come first.
        if (run % 2 == 0) {
            awaitAnApp(apps, "Tomcat initialized");
        }
        for (int i = 0; i < CLIS / 2; i++) {
            clis.add(cli(db, migrations, work));
        }
        awaitAnApp(apps, run % 2 == 0 ? "Exposing " : "Tomcat initialized");
        for (int i = CLIS / 2; i < CLIS; i++) {
            clis.add(cli(db, migrations, work));
        }
        int applied = 0;
        List<String> shares = new ArrayList<>();
        try {
            for (Jvm.Started cli : clis) {
                assertThat(cli.waitFor(Duration.ofMinutes(3))).as(cli.toString()).isZero();
                int steps = steps(CLI_STEPS, cli.stdout(), cli);
                applied += steps;
                shares.add(cli.name() + "=" + steps);
            }
            for (Jvm.Started app : apps) {
                // The startup migration runs once the context is refreshed, and logs one line when done.
                assertThat(app.awaitOutput(APP_DONE, Duration.ofMinutes(3))).as("the app migrates\n" + app).isTrue();
                assertThat(app.awaitOutput(Pattern.compile("Started SampleApplication"), Duration.ofMinutes(1)))
                        .as("the app starts normally\n" + app).isTrue();
                int steps = steps(APP_STEPS, app.stdout(), app);
                applied += steps;
                shares.add(app.name() + "=" + steps);
            }
        } finally {
            apps.forEach(Jvm.Started::stop);
            clis.forEach(c -> c.process().destroyForcibly());
        }
        System.out.printf("%s run %d: steps per process %s%n", db.kind(), run, shares);

        assertThat(db.versionRows()).as("version rows").containsExactly(Chain.id(REVISIONS));
        Map<String, Integer> upgrades = db.successes("upgrade");
        assertThat(upgrades).as("successful upgrade entries per revision").hasSize(REVISIONS);
        assertThat(upgrades.values()).as("each revision applied once").containsOnly(1);
        assertThat(db.strings("SELECT revision FROM applied ORDER BY revision"))
                .as("what the scripts recorded").containsExactlyElementsOf(Chain.ids(REVISIONS));
        assertThat(applied).as("steps reported by the processes, added up: " + shares).isEqualTo(REVISIONS);
    }

    private static Jvm.Started cli(Db db, Path migrations, Path work) {
        return Jvm.cli(work, List.of("--url", db.url(), "--locations", "filesystem:" + migrations, "--lock-timeout",
                "120s", "upgrade", "heads"));
    }

    private static void awaitAnApp(List<Jvm.Started> apps, String text) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (apps.stream().noneMatch(a -> a.stdout().contains(text) || !a.process().isAlive())
                && System.nanoTime() < deadline) {
            Jvm.sleep(20);
        }
    }

    /** The steps a process reports; 0 when it found nothing to do. */
    private static int steps(Pattern pattern, String output, Jvm.Started process) {
        Matcher m = pattern.matcher(output);
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        assertThat(output.contains("Already at r050;") || output.contains("Database at head r050; nothing to migrate"))
                .as("a process that applied nothing says so\n" + process).isTrue();
        return 0;
    }
}
