package dev.migrate.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Any bytes give a script or a {@link ScriptFormatException}, never another exception or a hang; reading only the
 * header and reading the whole file agree.
 */
class ScriptParsingProperties {

    private static final ExecutorService EXECUTOR = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "script-property");
        t.setDaemon(true);
        return t;
    });

    @AfterContainer
    static void stop() {
        EXECUTOR.shutdownNow();
    }

    @Provide
    Arbitrary<byte[]> scriptish() {
        Arbitrary<byte[]> line = Arbitraries.of(
                "-- migrate:revision abc", "-- migrate:revision 0001", "-- migrate:revision", "-- migrate:revision a-b",
                "-- migrate:down-revision a, b", "-- migrate:down-revision", "-- migrate:down-revision a,,b",
                "-- migrate:message hi; there", "-- migrate:branch-labels x, y", "-- migrate:depends-on q",
                "-- migrate:transactional false", "-- migrate:transactional maybe", "-- migrate:bogus 1",
                "-- migrate:upgrade", "-- migrate:upgrade x", "-- migrate:downgrade", "--migrate:message x",
                "-- a comment", "", "   ", "SELECT 1;", "INSERT INTO t VALUES ('a;b');", "'", "$$", "/*", "*/",
                "CREATE TRIGGER t BEGIN", "END;", "\uFEFF", "caf\u00e9", "\uD83D\uDE00")
                .map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Arbitrary<byte[]> junk = Arbitraries.bytes().array(byte[].class).ofMaxSize(6);
        Arbitrary<byte[]> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, line), net.jqwik.api.Tuple.of(1, junk));
        Arbitrary<String> eol = Arbitraries.of("\n", "\r\n", "\r");
        return Combinators.combine(piece, eol).as((p, e) -> concat(p, e.getBytes())).list().ofMaxSize(25)
                .map(ScriptParsingProperties::concat);
    }

    private static byte[] concat(byte[]... parts) {
        return concat(List.of(parts));
    }

    private static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }

    @Property(tries = 3000)
    void scriptLikeBytesParseOrFailClearly(@ForAll("scriptish") byte[] bytes) throws Exception {
        check(bytes);
    }

    @Property(tries = 1000)
    void anyBytesParseOrFailClearly(@ForAll @Size(max = 400) byte[] bytes) throws Exception {
        check(bytes);
    }

    private static void check(byte[] bytes) throws Exception {
        Object[] outcome = EXECUTOR.submit(() -> new Object[] {headerOrError(bytes), bodyOrError(bytes)})
                .get(10, TimeUnit.SECONDS);
        if (outcome[0] instanceof ScriptFormatException e) {
            assertThat(e.getMessage()).startsWith("p/0001_x.sql").doesNotContain("null");
            assertThat(outcome[1]).as("the whole file fails when its header does").isInstanceOf(ScriptFormatException.class);
        } else if (outcome[1] instanceof ScriptBody body) {
            assertThat(body.header()).isEqualTo(outcome[0]);
        } else {
            assertThat(((ScriptFormatException) outcome[1]).getMessage()).startsWith("p/0001_x.sql");
        }
    }

    private static Object headerOrError(byte[] bytes) throws Exception {
        try {
            return HeaderScanner.scan(new ByteArrayInputStream(bytes), "p/0001_x.sql", "0001_x.sql");
        } catch (ScriptFormatException e) {
            return e;
        }
    }

    private static Object bodyOrError(byte[] bytes) {
        try {
            return ScriptBody.parse(bytes, "p/0001_x.sql", "0001_x.sql");
        } catch (ScriptFormatException e) {
            return e;
        }
    }
}
