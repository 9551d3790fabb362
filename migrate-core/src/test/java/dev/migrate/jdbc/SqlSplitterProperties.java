package dev.migrate.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.constraints.StringLength;

/** Any text gives statements or a {@link SqlSplitException}: never another exception, never a hang. */
class SqlSplitterProperties {

    private static final ExecutorService EXECUTOR = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "splitter-property");
        t.setDaemon(true);
        return t;
    });

    @AfterContainer
    static void stop() {
        EXECUTOR.shutdownNow();
    }

    @Provide
    Arbitrary<String> sqlish() {
        Arbitrary<String> pieces = Arbitraries.of("'", "''", "\"", "`", ";", "--", "/*", "*/", "$$", "$fn$", "$1", "E'",
                "e'", "\\", "\\'", "\n", "\r\n", "\r", " ", "BEGIN", "END", "CASE", "ATOMIC", "CREATE", "TRIGGER",
                "FUNCTION", "OR REPLACE", "TEMP", "SELECT 1", "x", "é", "\uD83D\uDE00", "\u0000");
        return pieces.list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Property(tries = 2000)
    void tokenSoupSplitsOrFailsClearly(@ForAll("sqlish") String text) throws Exception {
        check(text);
    }

    @Property(tries = 1000)
    void anyStringSplitsOrFailsClearly(@ForAll @StringLength(max = 300) String text) throws Exception {
        check(text);
    }

    private static void check(String text) throws Exception {
        Future<Object> result = EXECUTOR.submit(() -> {
            try {
                return SqlSplitter.split(text, 3, "p.sql");
            } catch (SqlSplitException e) {
                return e;
            }
        });
        Object outcome = result.get(10, TimeUnit.SECONDS);
        int lastLine = 3 + lineBreaks(text);
        if (outcome instanceof SqlSplitException e) {
            assertThat(e.line()).isBetween(3, lastLine);
            assertThat(e.getMessage()).startsWith("p.sql, line " + e.line() + ": the ")
                    .containsAnyOf(" is never closed; close it with ", " has no matching END; close the body with END;");
            return;
        }
        @SuppressWarnings("unchecked")
        List<SqlStatement> statements = (List<SqlStatement>) outcome;
        int previousLine = 0;
        for (SqlStatement st : statements) {
            assertThat(st.sql()).isNotBlank().isEqualTo(st.sql().strip());
            assertThat(text).contains(st.sql());
            assertThat(st.line()).isBetween(Math.max(3, previousLine), lastLine);
            assertThat(st.source()).isEqualTo("p.sql");
            previousLine = st.line();
        }
    }

    private static int lineBreaks(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
                n++;
            }
        }
        return n;
    }
}
