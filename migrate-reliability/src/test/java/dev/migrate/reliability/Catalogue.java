package dev.migrate.reliability;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The catalogue of bad inputs: every case a user can meet, with the message Migrate prints. The table in
 * {@code docs/errors.md} is rendered from it ({@link ErrorsDocument}).
 */
final class Catalogue {

    private Catalogue() {
    }

    static final String SCRIPTS = "scripts";
    static final String GRAPH = "revision graph";
    static final String DATABASE = "database";
    static final String COMMAND_LINE = "command line";
    static final String STARTER = "Spring Boot starter";

    private static final byte[] LATIN1 = "-- migrate:revision d4\n-- migrate:down-revision c3\n-- migrate:message caf\u00e9\n\n-- migrate:upgrade\nSELECT 1;\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        // Scripts on disk.
        c.add(cli("missing revision header", SCRIPTS,
                "A script file has no '-- migrate:revision' line.",
                "Add the header lines; 'migrate revision -m ...' writes a correct file.",
                f -> f.linear().file("d4_no_header.sql", "-- migrate:message no header\n\n-- migrate:upgrade\nSELECT 1;\n"),
                "upgrade", "heads"));
        c.add(cli("unknown header directive", SCRIPTS,
                "A header line names a directive Migrate does not know (a typo).",
                "Correct the directive.",
                f -> f.linear().file("d4_typo.sql", "-- migrate:revision d4\n-- migrate:down-revison c3\n"
                        + "-- migrate:message typo\n\n-- migrate:upgrade\nSELECT 1;\n"),
                "upgrade", "heads"));
        c.add(cli("revision header without an id", SCRIPTS,
                "'-- migrate:revision' has no value.",
                "Write the id after the directive.",
                f -> f.linear().file("d4_blank.sql", "-- migrate:revision\n-- migrate:down-revision c3\n\n"
                        + "-- migrate:upgrade\nSELECT 1;\n"),
                "upgrade", "heads"));
        c.add(cli("transactional neither true nor false", SCRIPTS,
                "'-- migrate:transactional' has a value other than true or false.",
                "Write true or false.",
                f -> f.linear().file("d4_maybe.sql", "-- migrate:revision d4\n-- migrate:down-revision c3\n"
                        + "-- migrate:transactional maybe\n\n-- migrate:upgrade\nSELECT 1;\n"),
                "upgrade", "heads"));
        c.add(cli("no upgrade section", SCRIPTS,
                "The script has a header but no '-- migrate:upgrade' line.",
                "Add the upgrade section.",
                f -> f.linear().file("d4_header_only.sql", "-- migrate:revision d4\n-- migrate:down-revision c3\n"
                        + "-- migrate:message header only\n"),
                "upgrade", "heads"));
        c.add(cli("empty script file", SCRIPTS,
                "A script file is empty (an editor or a copy went wrong).",
                "Delete the file, or write the revision into it.",
                f -> f.linear().file("d4_empty.sql", new byte[0]),
                "upgrade", "heads"));
        c.add(cli("script not in UTF-8", SCRIPTS,
                "A script file was saved in another encoding (here Latin-1).",
                "Save the file as UTF-8.",
                f -> f.linear().file("d4_latin1.sql", LATIN1),
                "upgrade", "heads"));
        c.add(cli("unterminated string literal", SCRIPTS,
                "A quote in the upgrade section is never closed, so statements cannot be split.",
                "Close the literal.",
                f -> f.linear().script("d4", "c3", "broken quote", "INSERT INTO users (id, name) VALUES (1, 'abc);",
                        "DELETE FROM users;"),
                "upgrade", "heads"));
        c.add(cli("duplicate revision id", SCRIPTS,
                "Two files declare the same revision id (a copied file).",
                "Give one of them a new id; 'migrate revision' writes fresh ids.",
                f -> f.linear().script("c3", "b2", "copy of orders", "SELECT 1;", "SELECT 1;"),
                "upgrade", "heads"));
        c.add(cli("script location missing", SCRIPTS,
                "The folder given as a location does not exist.",
                "Correct --locations (or migrate.locations), or create the folder with 'migrate init'.",
                Fixture::linear,
                "--locations", "filesystem:{dir}/nowhere", "upgrade", "heads"));

        // The revision graph.
        c.add(cli("unknown down revision", GRAPH,
                "A script follows a revision that no script declares (a deleted or renamed file).",
                "Correct the down revision, or restore the missing script.",
                f -> f.linear().script("d4", "zz9", "orphan", "SELECT 1;", "SELECT 1;"),
                "upgrade", "heads"));
        c.add(cli("cycle", GRAPH,
                "Revisions follow each other in a circle.",
                "Point one of them at an older revision.",
                f -> f.linear().script("x1", "x2", "loop one", "SELECT 1;", "SELECT 1;")
                        .script("x2", "x1", "loop two", "SELECT 1;", "SELECT 1;"),
                "upgrade", "heads"));
        c.add(cli("revision follows itself", GRAPH,
                "A script names its own id as its down revision.",
                "Name the revision it follows.",
                f -> f.linear().script("d4", "d4", "self", "SELECT 1;", "SELECT 1;"),
                "upgrade", "heads"));
        c.add(cli("ambiguous prefix", GRAPH,
                "The target is a prefix of several revision ids.",
                "Type more characters of the id.",
                f -> f.linear().script("d4aa", "c3", "one", "SELECT 1;", "SELECT 1;")
                        .script("d4bb", "d4aa", "two", "SELECT 1;", "SELECT 1;"),
                "upgrade", "d4"));
        c.add(cli("head with several heads", GRAPH,
                "'head' asks for the single head, but the scripts have two branches.",
                "Upgrade to 'heads', to one branch's head by id or label, or merge the heads with 'migrate merge'.",
                f -> f.linear().script("bb", "a1", "side branch", "SELECT 1;", "SELECT 1;").upgrade("b2"),
                "upgrade", "head"));
        c.add(cli("unknown target revision", GRAPH,
                "The target names no revision.",
                "Check the id with 'migrate history'.",
                f -> f.linear().upgrade("b2"),
                "upgrade", "zz9"));
        c.add(cli("unknown branch label", GRAPH,
                "The target names a branch label that no script has.",
                "Check the labels with 'migrate branches' or 'migrate heads'.",
                f -> f.linear().upgrade("b2"),
                "upgrade", "nolabel@head"));
        c.add(cli("relative upgrade past the head", GRAPH,
                "'+N' goes further than the scripts do.",
                "Use a smaller N, or 'heads'.",
                f -> f.linear().upgrade("b2"),
                "upgrade", "+5"));
        c.add(cli("downgrade below base", GRAPH,
                "'-1' at base: there is nothing to downgrade.",
                "Nothing to do; check 'migrate current'.",
                Fixture::linear,
                "downgrade", "-1"));
        c.add(cli("downgrade to a newer revision", GRAPH,
                "The downgrade target is not below the current revision.",
                "Downgrade to an older revision, or upgrade to this one.",
                f -> f.linear().upgrade("b2"),
                "downgrade", "c3"));
        c.add(cli("stamp an unknown revision", GRAPH,
                "stamp names no revision.",
                "Check the id with 'migrate history'.",
                f -> f.linear().upgrade("b2"),
                "stamp", "zz9"));
        c.add(cli("show an unknown revision", GRAPH,
                "show names no revision.",
                "Check the id with 'migrate history'.",
                Fixture::linear,
                "show", "zz9"));
        c.add(cli("merge a single head", GRAPH,
                "merge needs at least two heads to join.",
                "Nothing to merge; 'migrate heads' lists the heads.",
                Fixture::linear,
                "merge", "heads", "-m", "join"));

        // The database.
        c.add(cli("unknown revision in the database", DATABASE,
                "The version table names a revision that no script declares (the database is newer than the code, "
                        + "or a script was deleted).",
                "Deploy the code with that revision, or 'migrate stamp --purge' to a known revision if the script "
                        + "is gone for good.",
                f -> {
                    f.linear().upgrade("b2");
                    f.db.execute("UPDATE migrate_version SET version_num = 'f00'");
                },
                "upgrade", "heads"));
        c.add(cli("edited applied script", DATABASE,
                "A script was changed after it was applied.",
                "Revert the edit and put the change in a new revision; if it changes nothing in the database, "
                        + "'migrate repair'.",
                f -> f.linear().upgrade("b2").script("b2", "a1", "add email",
                        "ALTER TABLE users ADD COLUMN email VARCHAR(200);", "ALTER TABLE users DROP COLUMN email;"),
                "upgrade", "heads"));
        c.add(cli("statement fails", DATABASE,
                "A statement of the upgrade fails in the database (here the table already exists).",
                "Fix the script and upgrade again; the failed step was rolled back.",
                f -> f.linear().upgrade("c3").script("d4", "c3", "create users again",
                        "CREATE TABLE users (id INTEGER);", "DROP TABLE users;"),
                "upgrade", "heads"));
        c.add(pg("statement fails after others (PostgreSQL)", DATABASE,
                "The second statement of a step fails; the first had already run.",
                "Fix the script and upgrade again; the whole step was rolled back, the first statement too.",
                f -> f.linear().upgrade("c3").script("d4", "c3", "two statements",
                        "CREATE TABLE invoices (id INTEGER);\nINSERT INTO invoices (id) VALUES ('not a number');",
                        "DROP TABLE invoices;"),
                "upgrade", "heads"));
        c.add(cli("PostgreSQL server unreachable", DATABASE,
                "Nothing listens at the host and port of the URL.",
                "Start the server, or correct the host and port.",
                Fixture::linear,
                "--url", "jdbc:postgresql://127.0.0.1:1/app?user=app&password=s3cr3t-pw", "upgrade", "heads"));
        c.add(pg("PostgreSQL role does not exist", DATABASE,
                "The user of the URL is not a role of the server (the test server trusts local connections, so a "
                        + "wrong password is accepted there: a missing role stands in for it).",
                "Correct the user and password.",
                Fixture::linear,
                "--url", "{pgbase}/postgres?user=no_such_role&password=s3cr3t-pw", "upgrade", "heads"));
        c.add(pg("PostgreSQL database does not exist", DATABASE,
                "The database of the URL does not exist on the server.",
                "Create it, or correct the URL.",
                Fixture::linear,
                "--url", "{pgbase}/no_such_database?user=postgres", "upgrade", "heads"));
        c.add(cli("SQLite folder missing", DATABASE,
                "The folder of the SQLite file does not exist (SQLite creates files, not folders).",
                "Create the folder, or correct the path.",
                Fixture::linear,
                "--url", "jdbc:sqlite:{dir}/missing/app.db", "upgrade", "heads"));
        c.add(cli("read-only SQLite file", DATABASE,
                "The SQLite file is opened read-only (here with mode=ro: the tests run as root, for whom file "
                        + "permissions do not stop writes).",
                "Give the program write access to the file and its folder.",
                f -> f.linear().upgrade("b2"),
                "--url", "jdbc:sqlite:file:{dir}/app.db?mode=ro", "upgrade", "heads"));
        c.add(cli("SQLite locked past the timeout", DATABASE,
                "Another connection holds the SQLite write lock longer than the lock timeout.",
                "Wait for the other program, stop it, or raise --lock-timeout.",
                Fixture::linear,
                new Holding(Catalogue::holdSqliteLock), "--lock-timeout", "1s", "upgrade", "heads"));
        c.add(pg("PostgreSQL locked past the timeout", DATABASE,
                "Another migration holds the advisory lock longer than the lock timeout.",
                "Wait for it to finish; if it is stuck, end its session with pg_terminate_backend(pid).",
                f -> {
                    f.linear().upgrade("c3");
                    f.db.execute("CREATE TABLE hold_control (seconds INTEGER)", "INSERT INTO hold_control VALUES (60)");
                    f.script("d4", "c3", "slow", "SELECT pg_sleep((SELECT seconds FROM hold_control));", "SELECT 1;");
                },
                new Holding(Catalogue::holdPostgresLock), "--lock-timeout", "1s", "upgrade", "heads"));
        c.add(cli("unsupported database", DATABASE,
                "The URL is for a database Migrate has no dialect for.",
                "Use PostgreSQL or SQLite.",
                Fixture::linear,
                "--url", "jdbc:mysql://127.0.0.1:3306/app", "upgrade", "heads"));

        // The command line.
        c.add(cli("no database configured", COMMAND_LINE,
                "Neither --url, DATABASE_URL nor migrate.url is set.",
                "Give --url, set DATABASE_URL, or write migrate.url in migrate.properties.",
                Fixture::linear,
                "-noUrl", "current"));
        c.add(cli("unknown verb", COMMAND_LINE, "A typo in the verb.", "Use one of the suggested verbs.",
                Fixture::linear, "upgrad", "head"));
        c.add(cli("unknown option", COMMAND_LINE, "A typo in an option.", "Use the suggested option.",
                Fixture::linear, "heads", "--jsn"));
        c.add(cli("missing argument", COMMAND_LINE, "A verb is given without its argument.",
                "Give the argument; 'migrate help VERB' shows it.", Fixture::linear, "stamp"));
        c.add(cli("bad lock timeout", COMMAND_LINE, "--lock-timeout is not a duration.",
                "Write 500ms, 30s, 5m, 1h or PT1M30S.", Fixture::linear, "--lock-timeout", "soon", "current"));
        c.add(cli("bad transaction mode", COMMAND_LINE, "--transaction-mode is neither per-step nor all.",
                "Write per-step or all.", Fixture::linear, "--transaction-mode", "each", "current"));
        c.add(cli("unknown dialect", COMMAND_LINE, "--dialect names no dialect.",
                "Write postgresql or sqlite, or leave it out.", Fixture::linear, "--dialect", "oracle", "current"));
        c.add(cli("bad version table name", COMMAND_LINE, "--version-table is not a plain SQL name.",
                "Use letters, digits and underscores.", Fixture::linear, "--version-table", "bad name", "current"));
        c.add(cli("properties file missing", COMMAND_LINE, "--config names a file that does not exist.",
                "Correct the path, or leave --config out to read ./migrate.properties.", Fixture::linear,
                "-noUrl", "--config", "{dir}/nowhere.properties", "current"));
        c.add(cli("bad value in migrate.properties", COMMAND_LINE,
                "migrate.lock-timeout in the properties file is not a duration.",
                "Correct the value in the file.",
                f -> {
                    f.linear();
                    java.nio.file.Files.writeString(f.dir.resolve("migrate.properties"),
                            "migrate.url=" + f.url() + "\nmigrate.lock-timeout=soon\n");
                },
                "-noUrl", "current"));
        c.add(cli("range without --sql", COMMAND_LINE, "A FROM:TO range is given to an online upgrade.",
                "Give one target, or add --sql for offline SQL.", Fixture::linear, "upgrade", "a1:b2"));
        c.add(cli("offline downgrade without a range", COMMAND_LINE,
                "downgrade --sql cannot read where the database is.", "Give a range such as head:base.",
                Fixture::linear, "downgrade", "--sql", "base"));

        // The starter.
        c.add(app("starter: script location missing", STARTER, "migrate.locations names a folder that does not exist.",
                "Correct migrate.locations.", Fixture::linear, "migrate.locations=filesystem:{dir}/nowhere"));
        c.add(app("starter: unknown target", STARTER, "migrate.target names no revision.",
                "Correct migrate.target, or leave it at heads.", Fixture::linear, "migrate.target=zz9"));
        c.add(app("starter: bad lock timeout", STARTER, "migrate.lock-timeout is not a duration.",
                "Write a duration such as 30s.", Fixture::linear, "migrate.lock-timeout=soon"));
        c.add(app("starter: unknown startup mode", STARTER, "migrate.startup is not one of its values.",
                "Use upgrade, upgrade-early, validate or none.", Fixture::linear, "migrate.startup=sideways"));
        c.add(app("starter: unknown transaction mode", STARTER, "migrate.transaction-mode is not one of its values.",
                "Use per-step or all.", Fixture::linear, "migrate.transaction-mode=each"));
        c.add(app("starter: bad version table name", STARTER, "migrate.version-table is not a plain SQL name.",
                "Use letters, digits and underscores.", Fixture::linear, "migrate.version-table=bad name"));
        c.add(app("starter: validate with pending revisions", STARTER,
                "migrate.startup=validate and the database is behind the scripts.",
                "Migrate the database first (migrate upgrade heads), or start with migrate.startup=upgrade.",
                f -> f.linear().upgrade("a1"), "migrate.startup=validate"));
        c.add(app("starter: failing statement", STARTER, "A statement of a pending revision fails at startup.",
                "Fix the script and start again; the failed step was rolled back.",
                f -> f.linear().upgrade("c3").script("d4", "c3", "create users again",
                        "CREATE TABLE users (id INTEGER);", "DROP TABLE users;")));
        return c;
    }

    /** {@code text} with what changes from run to run replaced: folders, database names, durations, process ids. */
    static String normalize(String text, Fixture f) {
        String t = text.replace("\r", "").strip();
        t = t.replace(f.dir.toString(), "<dir>");
        if (f.db instanceof Db.Postgres pg) {
            t = t.replace(pg.database().name(), "<db>");
        }
        t = t.replaceAll("\\d+ ms\\b", "N ms");
        t = t.replaceAll("backend pid \\d+[^)]*connected since [^)]*", "backend pid N, ...");
        return t;
    }

    /** A command line run on an SQLite fixture. */
    private static Case cli(String name, String area, String cause, String fix, Case.Setup setup, Object... args) {
        return new Case(name, area, cause, fix, setup, CliRun.of(args), null, null);
    }

    /** A command line run on a PostgreSQL fixture. */
    private static Case pg(String name, String area, String cause, String fix, Case.Setup setup, Object... args) {
        return new Case(name, area, cause, fix, setup, CliRun.of(args).onPostgres(), null, null);
    }

    /** An application start with the starter and {@code properties}. */
    private static Case app(String name, String area, String cause, String fix, Case.Setup setup,
            String... properties) {
        return new Case(name, area, cause, fix, setup, new AppRun(List.of(properties)), null, null);
    }

    /** Something that holds a lock while the command runs. */
    record Holding(Holder holder) {
    }

    @FunctionalInterface
    interface Holder {
        AutoCloseable hold(Fixture f) throws Exception;
    }

    private static AutoCloseable holdSqliteLock(Fixture f) throws Exception {
        Connection c = f.db.connect();
        Statement st = c.createStatement();
        st.execute("BEGIN EXCLUSIVE");
        return () -> {
            st.execute("ROLLBACK");
            c.close();
        };
    }

    /** A real migration in another thread, stuck in a step that sleeps until released. */
    private static AutoCloseable holdPostgresLock(Fixture f) throws Exception {
        CompletableFuture<?> run = CompletableFuture.runAsync(() -> f.migrator().upgrade("heads"));
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (f.db.number("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                + "AND query LIKE 'SELECT pg_sleep(%' AND state = 'active'") == 0) {
            if (System.nanoTime() > deadline || run.isDone()) {
                run.join();
                throw new AssertionError("the holding migration never reached its sleep");
            }
            Jvm.sleep(20);
        }
        return () -> {
            f.db.execute("SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
                    + "AND query LIKE 'SELECT pg_sleep(%'");
            try {
                run.join();
            } catch (RuntimeException expected) {
                // The cancelled step fails, as it should.
            }
        };
    }

}
