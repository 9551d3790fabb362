package dev.migrate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.jdbc.SqlSplitException;
import dev.migrate.jdbc.SqlSplitter;
import dev.migrate.jdbc.SqlStatement;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The SQL splitter on token soups: it returns statements or throws {@link SqlSplitException} naming the source and a
 * line of the text, never another exception or a hang; and what it returns is consistent with its input: every
 * statement is text of the input, found in order at the line it reports, and splitting a statement again gives
 * that statement alone.
 */
class SplitterFuzzProperties {

    private static final String SOURCE = "db/migrations/r1_fuzz.sql";
    private static final ExecutorService EXECUTOR = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "splitter-fuzz");
        t.setDaemon(true);
        return t;
    });

    @AfterContainer
    static void stop() {
        EXECUTOR.shutdownNow();
    }

    @Provide
    Arbitrary<String> sql() {
        Arbitrary<String> token = Arbitraries.of("SELECT 1", "INSERT INTO t VALUES ('a;b')", ";", ";", ";", "'", "''",
                "\"", "\"x;y\"", "`", "E'\\''", "E'", "\\", "--", "-- c;\n", "/*", "*/", "/* a; /* b */ c; */", "$$",
                "$f$", "$f$ x; $f$", "$1", "CREATE", "TRIGGER", "FUNCTION", "RULE", "DO", "INSTEAD", "BEGIN", "ATOMIC",
                "END", "CASE", "WHEN", "(", ")", "\n", "\r\n", "\r", " ", "\t", "caf\u00e9", "\uD83D\uDE00", "x", "0",
                "CREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDATE t SET a = 1; END", "BEGIN ATOMIC SELECT 1; END");
        return token.list().ofMaxSize(40).map(parts -> String.join(" ", parts));
    }

    @Property(tries = 3000)
    void tokenSoupsSplitConsistentlyOrFailClearly(@ForAll("sql") String text) throws Exception {
        check(text);
    }

    @Property(tries = 1000)
    void anyTextSplitsConsistentlyOrFailClearly(@ForAll String text) throws Exception {
        check(text);
    }

    private static void check(String text) throws Exception {
        Object outcome = EXECUTOR.submit(() -> {
            try {
                return SqlSplitter.split(text, 1, SOURCE);
            } catch (SqlSplitException e) {
                return e;
            }
        }).get(10, TimeUnit.SECONDS);
        int lines = lines(text, text.length());
        if (outcome instanceof SqlSplitException e) {
            assertThat(e.getMessage()).as("names the file").contains(SOURCE);
            assertThat(e.source()).isEqualTo(SOURCE);
            assertThat(e.line()).as("a line of the text").isBetween(1, lines);
            return;
        }
        @SuppressWarnings("unchecked")
        List<SqlStatement> statements = (List<SqlStatement>) outcome;
        int from = 0;
        for (SqlStatement s : statements) {
            assertThat(s.sql()).as("no empty statement").isNotBlank();
            assertThat(s.source()).isEqualTo(SOURCE);
            // The same text may also stand earlier, inside a comment: take the occurrence on the reported line.
            int at = text.indexOf(s.sql(), from);
            while (at >= 0 && lines(text, at) < s.line()) {
                at = text.indexOf(s.sql(), at + 1);
            }
            assertThat(at).as("statement %s is text of the input, after the previous one", s.sql()).isNotNegative();
            assertThat(lines(text, at)).as("line of %s", s.sql()).isEqualTo(s.line());
            from = at + s.sql().length();
            // On its own line, so that a statement ending in a line comment does not swallow the semicolon.
            List<SqlStatement> again = SqlSplitter.split(s.sql() + "\n;");
            assertThat(again).extracting(SqlStatement::sql).as("splitting %s again", s.sql())
                    .containsExactly(s.sql());
        }
    }

    /** The line number (from 1) of the character at {@code index}; \r\n, \r and \n end lines. */
    private static int lines(String text, int index) {
        int line = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
