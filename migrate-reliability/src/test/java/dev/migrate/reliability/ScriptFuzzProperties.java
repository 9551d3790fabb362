package dev.migrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.command.Migrator;
import dev.migrate.graph.RevisionException;
import dev.migrate.jdbc.SqlSplitException;
import dev.migrate.script.Script;
import dev.migrate.script.ScriptException;
import dev.migrate.script.ScriptLoader;
import dev.migrate.script.Scripts;
import dev.migrate.script.SqlScript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Real scripts (the sample app's migrations), mutated byte by byte and line by line, written to a folder and taken
 * through the whole public path: {@link ScriptLoader} reads the headers, each SQL script is parsed and split, and
 * {@link Migrator#upgradeSql} builds the graph and renders the offline SQL for SQLite. Every input gives a result or
 * one of Migrate's own exceptions with a message, never another exception or a hang.
 */
class ScriptFuzzProperties {

    private static final ExecutorService EXECUTOR = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "script-fuzz");
        t.setDaemon(true);
        return t;
    });
    private static final List<String> NAMES = new ArrayList<>();
    private static final List<byte[]> CORPUS = corpus();
    private static final List<String> TOKENS = List.of("-- migrate:revision ", "-- migrate:down-revision ",
            "-- migrate:upgrade\n", "-- migrate:downgrade\n", "-- migrate:transactional false\n",
            "-- migrate:branch-labels a, b\n", "-- migrate:depends-on ", "-- migrate:message ;\n", ";", "'", "\"",
            "$$", "/*", "*/", "\n", "\r\n", ",", "cf2573037be2", "38e913f16b1b", "\u0000", "\uFEFF", "\u00e9",
            "BEGIN", "END");

    @AfterContainer
    static void stop() {
        EXECUTOR.shutdownNow();
    }

    /** One change to a file: kind, where (a fraction of the length), and what. */
    record Mutation(int kind, double at, int length, String token, byte value) {
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, 5),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(1, 40), Arbitraries.of(TOKENS),
                Arbitraries.bytes()).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 600)
    void mutatedScriptsLoadOrFailClearly(@ForAll("mutations") List<Mutation> mutations,
            @ForAll("fileIndex") int file) throws Exception {
        Path dir = Files.createTempDirectory("script-fuzz");
        try {
            for (int i = 0; i < CORPUS.size(); i++) {
                byte[] bytes = i == file ? mutate(CORPUS.get(i), mutations) : CORPUS.get(i);
                Files.write(dir.resolve(NAMES.get(i)), bytes);
            }
            Object outcome = EXECUTOR.submit(() -> run(dir)).get(20, TimeUnit.SECONDS);
            if (outcome instanceof RuntimeException e) {
                assertThat(e.getMessage()).as("a message").isNotBlank().doesNotContain("null");
                if (e instanceof ScriptException) {
                    assertThat(e.getMessage()).as("names the file").containsAnyOf(NAMES.toArray(String[]::new));
                }
            }
        } finally {
            delete(dir);
        }
    }

    @net.jqwik.api.Example
    void theCorpusItselfRenders() throws Exception {
        Path dir = Files.createTempDirectory("script-fuzz");
        try {
            for (int i = 0; i < CORPUS.size(); i++) {
                Files.write(dir.resolve(NAMES.get(i)), CORPUS.get(i));
            }
            assertThat(run(dir)).asString().contains("CREATE TABLE device_logs");
        } finally {
            delete(dir);
        }
    }

    @Provide
    Arbitrary<Integer> fileIndex() {
        return Arbitraries.integers().between(0, CORPUS.size() - 1);
    }

    private static Object run(Path dir) {
        try {
            Scripts scripts = new ScriptLoader(ScriptFuzzProperties.class.getClassLoader())
                    .load("filesystem:" + dir);
            for (Script script : scripts) {
                if (script instanceof SqlScript sql) {
                    sql.validate();
                    sql.upgradeStatements();
                    if (sql.hasDowngrade()) {
                        sql.downgradeStatements();
                    }
                }
            }
            return Migrator.builder().dialect("sqlite").locations("filesystem:" + dir).build().upgradeSql("heads");
        } catch (ScriptException | SqlSplitException | RevisionException e) {
            return e;
        }
    }

    static byte[] mutate(byte[] original, List<Mutation> mutations) {
        List<Byte> bytes = new ArrayList<>();
        for (byte b : original) {
            bytes.add(b);
        }
        for (Mutation m : mutations) {
            int at = (int) Math.min(bytes.size(), Math.floor(m.at() * bytes.size()));
            int end = Math.min(bytes.size(), at + m.length());
            switch (m.kind()) {
                case 0 -> bytes.subList(at, end).clear();
                case 1 -> insert(bytes, at, m.token().getBytes(StandardCharsets.UTF_8));
                case 2 -> {
                    if (at < bytes.size()) {
                        bytes.set(at, m.value());
                    }
                }
                case 3 -> insert(bytes, at, new byte[] {m.value()});
                case 4 -> bytes.subList(at, bytes.size()).clear();
                default -> insert(bytes, at, toArray(bytes.subList(at, end)));
            }
        }
        return toArray(bytes);
    }

    private static void insert(List<Byte> bytes, int at, byte[] values) {
        List<Byte> list = new ArrayList<>();
        for (byte v : values) {
            list.add(v);
        }
        bytes.addAll(at, list);
    }

    private static byte[] toArray(List<Byte> list) {
        byte[] out = new byte[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    private static List<byte[]> corpus() {
        Path folder = Path.of(System.getProperty("project.root", ".."), "sample-app/src/main/resources/db/migrations");
        try (Stream<Path> files = Files.list(folder)) {
            List<byte[]> corpus = new ArrayList<>();
            for (Path p : files.sorted().toList()) {
                corpus.add(Files.readAllBytes(p));
                NAMES.add(p.getFileName().toString());
            }
            assertThat(corpus).as("the sample app's scripts in " + folder).hasSizeGreaterThanOrEqualTo(3);
            // The sample's revision 69e3f2e0039a is a Java class: an SQL stand-in keeps the chain whole.
            NAMES.add("69e3f2e0039a_add_location_to_devices.sql");
            corpus.add(("-- migrate:revision 69e3f2e0039a\n-- migrate:down-revision cf2573037be2\n"
                    + "-- migrate:message add location to devices\n\n-- migrate:upgrade\n"
                    + "ALTER TABLE devices ADD COLUMN location VARCHAR(100);\n\n-- migrate:downgrade\n"
                    + "ALTER TABLE devices DROP COLUMN location;\n").getBytes(StandardCharsets.UTF_8));
            return corpus;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
