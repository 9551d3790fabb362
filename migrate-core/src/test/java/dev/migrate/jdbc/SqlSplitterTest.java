package dev.migrate.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlSplitterTest {

    private static List<String> sqls(String text) {
        return SqlSplitter.split(text).stream().map(SqlStatement::sql).toList();
    }

    @Test
    void splitsAtSemicolonsAndKeepsTheLineOfEachStatement() {
        String text = "CREATE TABLE a (id INT);\n\n  INSERT INTO a VALUES (1);\nINSERT INTO a\n  VALUES (2)";
        assertThat(SqlSplitter.split(text, 10, "x.sql"))
                .extracting(SqlStatement::sql, SqlStatement::line, SqlStatement::source)
                .containsExactly(
                        tuple("CREATE TABLE a (id INT)", 10, "x.sql"),
                        tuple("INSERT INTO a VALUES (1)", 12, "x.sql"),
                        tuple("INSERT INTO a\n  VALUES (2)", 13, "x.sql"));
    }

    @Test
    void dropsEmptyStatementsAndCommentsBeforeAStatement() {
        String text = ";;\n-- a comment; with a semicolon\n/* block; */ SELECT 1;\n  ;\n-- trailing comment\n";
        assertThat(SqlSplitter.split(text)).extracting(SqlStatement::sql, SqlStatement::line)
                .containsExactly(tuple("SELECT 1", 3));
        assertThat(SqlSplitter.split("")).isEmpty();
        assertThat(SqlSplitter.split("  \n -- only a comment\n/* and another */")).isEmpty();
    }

    @Test
    void keepsCommentsInsideAStatement() {
        assertThat(sqls("SELECT 1 -- one; not two\n, 2 /* ; */;")).containsExactly("SELECT 1 -- one; not two\n, 2 /* ; */");
    }

    @Test
    void semicolonsAndDashesInsideStringsDoNotSplit() {
        assertThat(sqls("INSERT INTO t VALUES ('a;b', 'it''s; -- not a comment', '/* nor this');SELECT 2"))
                .containsExactly("INSERT INTO t VALUES ('a;b', 'it''s; -- not a comment', '/* nor this')", "SELECT 2");
    }

    @Test
    void quotedIdentifiersMayHoldSemicolonsAndDoubledQuotes() {
        assertThat(sqls("CREATE TABLE \"a;\"\"b\" (\"x--y\" INT);CREATE TABLE `c;d` (e INT);"))
                .containsExactly("CREATE TABLE \"a;\"\"b\" (\"x--y\" INT)", "CREATE TABLE `c;d` (e INT)");
    }

    @Test
    void eStringsTakeBackslashEscapes() {
        assertThat(sqls("SELECT E'it\\'s; fine\\\\';SELECT e'x\\';y';SELECT 'plain\\';SELECT 3"))
                .containsExactly("SELECT E'it\\'s; fine\\\\'", "SELECT e'x\\';y'", "SELECT 'plain\\'", "SELECT 3");
    }

    @Test
    void aWordEndingInEBeforeAQuoteIsNotAnEString() {
        assertThat(sqls("SELECT some'\\';SELECT 2")).containsExactly("SELECT some'\\'", "SELECT 2");
    }

    @Test
    void blockCommentsNestAsInPostgresql() {
        assertThat(sqls("/* outer /* inner; */ still comment; */ SELECT 1; SELECT 2"))
                .containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void postgresqlFunctionWithDollarQuotedBody() {
        String fn = """
                CREATE OR REPLACE FUNCTION touch() RETURNS trigger AS $$
                BEGIN
                  NEW.updated := now(); -- keep; the time
                  RETURN NEW;
                END;
                $$ LANGUAGE plpgsql""";
        String tagged = """
                CREATE FUNCTION f() RETURNS text AS $fn$
                  SELECT 'a;b' || $$;$$;
                $fn$ LANGUAGE sql""";
        assertThat(SqlSplitter.split(fn + ";\n" + tagged + ";\nSELECT 1;"))
                .extracting(SqlStatement::sql, SqlStatement::line)
                .containsExactly(tuple(fn, 1), tuple(tagged, 7), tuple("SELECT 1", 10));
    }

    @Test
    void positionalParametersAndDollarsInIdentifiersAreNotDollarQuotes() {
        assertThat(sqls("PREPARE p AS SELECT $1 + $2;SELECT a$b$ FROM t;SELECT 3"))
                .containsExactly("PREPARE p AS SELECT $1 + $2", "SELECT a$b$ FROM t", "SELECT 3");
    }

    @Test
    void sqliteTriggerBodyKeepsItsSemicolons() {
        String trigger = """
                CREATE TRIGGER IF NOT EXISTS audit AFTER UPDATE ON devices
                BEGIN
                  INSERT INTO log VALUES (NEW.id, 'updated; really');
                  UPDATE devices SET n = CASE WHEN n > 1 THEN n ELSE 1 END WHERE id = NEW.id;
                END""";
        assertThat(SqlSplitter.split("CREATE TABLE log (id INT, what TEXT);\n" + trigger + ";\nSELECT 1;"))
                .extracting(SqlStatement::sql, SqlStatement::line)
                .containsExactly(tuple("CREATE TABLE log (id INT, what TEXT)", 1), tuple(trigger, 2),
                        tuple("SELECT 1", 7));
    }

    @Test
    void temporaryTriggersAndLowerCaseKeywordsAreRecognised() {
        String trigger = "create temp trigger t after insert on a begin delete from b; delete from c; end";
        assertThat(sqls(trigger + ";select 1")).containsExactly(trigger, "select 1");
    }

    @Test
    void beginOutsideATriggerIsATransactionStatement() {
        assertThat(sqls("BEGIN;\nINSERT INTO t VALUES (1);\nEND;\nCOMMIT"))
                .containsExactly("BEGIN", "INSERT INTO t VALUES (1)", "END", "COMMIT");
    }

    @Test
    void postgresqlBeginAtomicBody() {
        String fn = """
                CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql
                BEGIN ATOMIC
                  SELECT CASE WHEN a IS NULL THEN 0 ELSE a END + b;
                END""";
        assertThat(sqls(fn + ";SELECT 1")).containsExactly(fn, "SELECT 1");
    }

    @Test
    void aFunctionParameterNamedBeginDoesNotOpenABlock() {
        String fn = "CREATE FUNCTION f(begin int) RETURNS int LANGUAGE sql AS 'SELECT begin'";
        assertThat(sqls(fn + ";SELECT 2")).containsExactly(fn, "SELECT 2");
    }

    @Test
    void postgresqlRuleWithSeveralActions() {
        String rule = "CREATE OR REPLACE RULE log AS ON INSERT TO a DO ALSO (INSERT INTO b VALUES (1); INSERT INTO c"
                + " VALUES (';'))";
        assertThat(sqls(rule + ";SELECT (1);SELECT 2")).containsExactly(rule, "SELECT (1)", "SELECT 2");
        assertThat(sqls("CREATE RULE r AS ON DELETE TO a DO INSTEAD NOTHING; SELECT 1"))
                .containsExactly("CREATE RULE r AS ON DELETE TO a DO INSTEAD NOTHING", "SELECT 1");
    }

    @Test
    void aRuleWhoseActionsAreNeverClosedFailsWhereTheyOpen() {
        assertThatThrownBy(() -> SqlSplitter.split("SELECT 1;\nCREATE RULE r AS ON INSERT TO a DO ALSO\n(INSERT INTO b"
                + " VALUES (1);\nSELECT 2;", 1, "db/m/x.sql"))
                .isInstanceOf(SqlSplitException.class)
                .hasMessageContaining("db/m/x.sql")
                .hasMessageContaining("the parenthesis opened here (in the CREATE RULE that starts at line 2) is never "
                        + "closed")
                .extracting(e -> ((SqlSplitException) e).line()).isEqualTo(3);
    }

    @Test
    void countsWindowsAndOldMacLineEndings() {
        assertThat(SqlSplitter.split("SELECT 1;\r\nSELECT 2;\rSELECT\r\n'a\r\nb';\nSELECT 4"))
                .extracting(SqlStatement::line).containsExactly(1, 2, 3, 6);
    }

    @Test
    void unterminatedStringNamesTheLineWhereItOpened() {
        assertThatThrownBy(() -> SqlSplitter.split("SELECT 1;\nSELECT 'abc;\n\nSELECT 2;", 5, "db/m/x.sql"))
                .isInstanceOf(SqlSplitException.class)
                .hasMessage("db/m/x.sql, line 6: the string opened here is never closed; close it with '"
                        + " (write '' for a quote inside the string)")
                .extracting(e -> ((SqlSplitException) e).line()).isEqualTo(6);
    }

    @Test
    void unterminatedConstructsNameWhatAndWhere() {
        assertThatThrownBy(() -> SqlSplitter.split("SELECT \"abc"))
                .hasMessage("line 1: the quoted identifier opened here is never closed; close it with \""
                        + " (write \"\" for a quote inside it)");
        assertThatThrownBy(() -> SqlSplitter.split("SELECT `abc"))
                .hasMessage("line 1: the backquoted identifier opened here is never closed; close it with `");
        assertThatThrownBy(() -> SqlSplitter.split("SELECT E'abc\\'"))
                .hasMessage("line 1: the E'...' string opened here is never closed; close it with '"
                        + " (write \\' or '' for a quote inside the string)");
        assertThatThrownBy(() -> SqlSplitter.split("SELECT 1;\n/* a /* b */\nSELECT 2;"))
                .hasMessage("line 2: the block comment /* opened here is never closed; close it with */"
                        + " (comments nest: each /* inside it needs its own */)");
        assertThatThrownBy(() -> SqlSplitter.split("\n\nCREATE FUNCTION f() AS $body$ SELECT 1; $$ LANGUAGE sql;"))
                .hasMessage("line 3: the dollar-quoted body $body$ opened here is never closed;"
                        + " close it with $body$");
        assertThatThrownBy(() -> SqlSplitter.split("CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n DELETE FROM b;\n"))
                .hasMessage("line 2: the BEGIN here (in the statement that starts at line 1) has no matching END;"
                        + " close the body with END;");
    }
}
