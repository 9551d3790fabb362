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
    static final String AUTOGENERATE = "autogenerate";
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
                "upgrade", "heads")
                .expect("exit 1", "migrate: error: <dir>/db/migrations/d4_no_header.sql, line 3: no '-- migrate:revision <id>' "
                        + "header before '-- migrate:upgrade'; add one at the top of the file, such as '-- "
                        + "migrate:revision 3f2a9c1b7d4e'."));
        c.add(cli("unknown header directive", SCRIPTS,
                "A header line names a directive Migrate does not know (a typo).",
                "Correct the directive.",
                f -> f.linear().file("d4_typo.sql", "-- migrate:revision d4\n-- migrate:down-revison c3\n"
                        + "-- migrate:message typo\n\n-- migrate:upgrade\nSELECT 1;\n"),
                "upgrade", "heads")
                .expect("exit 1", "migrate: error: <dir>/db/migrations/d4_typo.sql, line 2: unknown key 'migrate:down-revison'. "
                        + "Known keys: revision, down-revision, message, branch-labels, depends-on, transactional "
                        + "(headers) and upgrade, downgrade (sections)."));
        c.add(cli("revision header without an id", SCRIPTS,
                "'-- migrate:revision' has no value.",
                "Write the id after the directive.",
                f -> f.linear().file("d4_blank.sql", "-- migrate:revision\n-- migrate:down-revision c3\n\n"
                        + "-- migrate:upgrade\nSELECT 1;\n"),
                "upgrade", "heads")
                .expect("exit 1", "migrate: error: <dir>/db/migrations/d4_blank.sql, line 1: 'migrate:revision' needs the id of "
                        + "this revision, such as '-- migrate:revision 3f2a9c1b7d4e'."));
        c.add(cli("transactional neither true nor false", SCRIPTS,
                "'-- migrate:transactional' has a value other than true or false.",
                "Write true or false.",
                f -> f.linear().file("d4_maybe.sql", "-- migrate:revision d4\n-- migrate:down-revision c3\n"
                        + "-- migrate:transactional maybe\n\n-- migrate:upgrade\nSELECT 1;\n"),
                "upgrade", "heads")
                .expect("exit 1", "migrate: error: <dir>/db/migrations/d4_maybe.sql, line 3: 'migrate:transactional' must be true "
                        + "or false, not 'maybe'."));
        c.add(cli("no upgrade section", SCRIPTS,
                "The script has a header but no '-- migrate:upgrade' line.",
                "Add the upgrade section.",
                f -> f.linear().file("d4_header_only.sql", "-- migrate:revision d4\n-- migrate:down-revision c3\n"
                        + "-- migrate:message header only\n"),
                "upgrade", "heads")
                .expect("exit 1", "migrate: error: <dir>/db/migrations/d4_header_only.sql: no '-- migrate:upgrade' line; put '-- "
                        + "migrate:upgrade' on its own line above the upgrade SQL (after line 3, the last one)."));
        c.add(cli("empty script file", SCRIPTS,
                "A script file is empty (an editor or a copy went wrong).",
                "Delete the file, or write the revision into it.",
                f -> f.linear().file("d4_empty.sql", new byte[0]),
                "upgrade", "heads")
                .expect("exit 1", "migrate: error: <dir>/db/migrations/d4_empty.sql: the file is empty; a script needs at least a "
                        + "'-- migrate:revision <id>' line and a '-- migrate:upgrade' line ('migrate revision' writes new "
                        + "scripts)."));
        c.add(cli("script not in UTF-8", SCRIPTS,
                "A script file was saved in another encoding (here Latin-1).",
                "Save the file as UTF-8.",
                f -> f.linear().file("d4_latin1.sql", LATIN1),
                "upgrade", "heads")
                .expect("exit 1", "migrate: error: <dir>/db/migrations/d4_latin1.sql, line 3: the file is not valid UTF-8 (byte "
                        + "0xE9 at byte offset 73); save it as UTF-8."));
        c.add(cli("unterminated string literal", SCRIPTS,
                "A quote in the upgrade section is never closed, so statements cannot be split.",
                "Close the literal.",
                f -> f.linear().script("d4", "c3", "broken quote", "INSERT INTO users (id, name) VALUES (1, 'abc);",
                        "DELETE FROM users;"),
                "upgrade", "heads")
                .expect("exit 1", "migrate: error: <dir>/db/migrations/d4_broken_quote.sql, line 6: the string opened here is "
                        + "never closed; close it with ' (write '' for a quote inside the string)"));
        c.add(cli("duplicate revision id", SCRIPTS,
                "Two files declare the same revision id (a copied file).",
                "Give one of them a new id; 'migrate revision' writes fresh ids.",
                f -> f.linear().script("c3", "b2", "copy of orders", "SELECT 1;", "SELECT 1;"),
                "upgrade", "heads")
                .expect("exit 1", "migrate: error: Revision 'c3' is declared twice: by <dir>/db/migrations/c3_copy_of_orders.sql "
                        + "and by <dir>/db/migrations/c3_create_orders.sql. Each revision needs its own id: give one of "
                        + "them a new id and point the down-revision of the scripts that follow it to that id."));
        c.add(cli("script location missing", SCRIPTS,
                "The folder given as a location does not exist.",
                "Correct --locations (or migrate.locations), or create the folder with 'migrate init'.",
                Fixture::linear,
                "--locations", "filesystem:{dir}/nowhere", "upgrade", "heads")
                .expect("exit 1", "migrate: error: Migration location 'filesystem:<dir>/nowhere' does not exist: there is no "
                        + "folder <dir>/nowhere. Create it or set the migration locations (the default is "
                        + "classpath:db/migrations)."));

        // The revision graph.
        c.add(cli("unknown down revision", GRAPH,
                "A script follows a revision that no script declares (a deleted or renamed file).",
                "Correct the down revision, or restore the missing script.",
                f -> f.linear().script("d4", "zz9", "orphan", "SELECT 1;", "SELECT 1;"),
                "upgrade", "heads")
                .expect("exit 1", "migrate: error: Revision d4 (<dir>/db/migrations/d4_orphan.sql) names down revision zz9, which "
                        + "no script declares; fix its down revision or add the missing script"));
        c.add(cli("cycle", GRAPH,
                "Revisions follow each other in a circle.",
                "Point one of them at an older revision.",
                f -> f.linear().script("x1", "x2", "loop one", "SELECT 1;", "SELECT 1;")
                        .script("x2", "x1", "loop two", "SELECT 1;", "SELECT 1;"),
                "upgrade", "heads")
                .expect("exit 1", "migrate: error: Revisions x1 (<dir>/db/migrations/x1_loop_one.sql), x2 "
                        + "(<dir>/db/migrations/x2_loop_two.sql) form a cycle: x1 follows x2, x2 follows x1; a revision "
                        + "must come after older revisions only, so fix the down revision or depends-on of one of them"));
        c.add(cli("revision follows itself", GRAPH,
                "A script names its own id as its down revision.",
                "Name the revision it follows.",
                f -> f.linear().script("d4", "d4", "self", "SELECT 1;", "SELECT 1;"),
                "upgrade", "heads")
                .expect("exit 1", "migrate: error: Revision d4 (<dir>/db/migrations/d4_self.sql) names itself as its down "
                        + "revision; a revision must follow an older one"));
        c.add(cli("ambiguous prefix", GRAPH,
                "The target is a prefix of several revision ids.",
                "Type more characters of the id.",
                f -> f.linear().script("d4aa", "c3", "one", "SELECT 1;", "SELECT 1;")
                        .script("d4bb", "d4aa", "two", "SELECT 1;", "SELECT 1;"),
                "upgrade", "d4")
                .expect("exit 2", "migrate: error: Revision prefix 'd4' is ambiguous: it matches d4aa, d4bb; type more characters"));
        c.add(cli("head with several heads", GRAPH,
                "'head' asks for the single head, but the scripts have two branches.",
                "Upgrade to 'heads', to one branch's head by id or label, or merge the heads with 'migrate merge'.",
                f -> f.linear().script("bb", "a1", "side branch", "SELECT 1;", "SELECT 1;").upgrade("b2"),
                "upgrade", "head")
                .expect("exit 2", "migrate: error: 'head' is ambiguous: there are 2 heads (bb, c3); use 'heads' for all of them, "
                        + "'<label>@head' for one branch, or a revision id"));
        c.add(cli("unknown target revision", GRAPH,
                "The target names no revision.",
                "Check the id with 'migrate history'.",
                f -> f.linear().upgrade("b2"),
                "upgrade", "zz9")
                .expect("exit 2", "migrate: error: No revision or branch label matches 'zz9'; 'migrate history' lists the revisions"));
        c.add(cli("unknown branch label", GRAPH,
                "The target names a branch label that no script has.",
                "Check the labels with 'migrate branches' or 'migrate heads'.",
                f -> f.linear().upgrade("b2"),
                "upgrade", "nolabel@head")
                .expect("exit 2", "migrate: error: No revision or branch label matches 'nolabel'; 'migrate history' lists the "
                        + "revisions"));
        c.add(cli("relative upgrade past the head", GRAPH,
                "'+N' goes further than the scripts do.",
                "Use a smaller N, or 'heads'.",
                f -> f.linear().upgrade("b2"),
                "upgrade", "+5")
                .expect("exit 2", "migrate: error: Relative target '+5' goes too far: there are fewer than 5 revisions above b2; "
                        + "use a smaller count, or 'heads' for the top"));
        c.add(cli("downgrade below base", GRAPH,
                "'-1' at base: there is nothing to downgrade.",
                "Nothing to do; check 'migrate current'.",
                Fixture::linear,
                "downgrade", "-1")
                .expect("exit 2", "migrate: error: Relative target '-1' counts from the current revision, but the database is at "
                        + "base"));
        c.add(cli("downgrade to a newer revision", GRAPH,
                "The downgrade target is not below the current revision.",
                "Downgrade to an older revision, or upgrade to this one.",
                f -> f.linear().upgrade("b2"),
                "downgrade", "c3")
                .expect("exit 2", "migrate: error: Cannot downgrade to c3: it comes after the current revision(s) b2; use 'migrate "
                        + "upgrade c3' to move forward"));
        c.add(cli("stamp an unknown revision", GRAPH,
                "stamp names no revision.",
                "Check the id with 'migrate history'.",
                f -> f.linear().upgrade("b2"),
                "stamp", "zz9")
                .expect("exit 2", "migrate: error: No revision or branch label matches 'zz9'; 'migrate history' lists the revisions"));
        c.add(cli("show an unknown revision", GRAPH,
                "show names no revision.",
                "Check the id with 'migrate history'.",
                Fixture::linear,
                "show", "zz9")
                .expect("exit 2", "migrate: error: No revision or branch label matches 'zz9'; 'migrate history' lists the revisions"));
        c.add(cli("merge a single head", GRAPH,
                "merge needs at least two heads to join.",
                "Nothing to merge; 'migrate heads' lists the heads.",
                Fixture::linear,
                "merge", "heads", "-m", "join")
                .expect("exit 2", "migrate: error: merge needs two or more revisions to join, but heads names only c3; there is "
                        + "nothing to merge."));

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
                "upgrade", "heads")
                .expect("exit 1", "migrate: error: The database is ahead of the code: the version table migrate_version names "
                        + "revision 'f00' (rows: f00), which no script declares. This happens when code older than the "
                        + "database is deployed (after a rollback). Deploy the code that has this revision, or downgrade "
                        + "with that code first; if the database was put back by hand, set its version with stamp --purge "
                        + "<revision>."));
        c.add(cli("edited applied script", DATABASE,
                "A script was changed after it was applied.",
                "Revert the edit and put the change in a new revision; if it changes nothing in the database, "
                        + "'migrate repair'.",
                f -> f.linear().upgrade("b2").script("b2", "a1", "add email",
                        "ALTER TABLE users ADD COLUMN email VARCHAR(200);", "ALTER TABLE users DROP COLUMN email;"),
                "upgrade", "heads")
                .expect("exit 1", "migrate: error: The script of applied revision b2 changed after it was applied: "
                        + "<dir>/db/migrations/b2_add_email.sql (checksum logged crc32c:5445c3fc, now crc32c:72783725). "
                        + "Editing an applied script does not change the database: revert the edit and put the change in a "
                        + "new revision. If the edit changes nothing in the database (comments, formatting), accept the "
                        + "new checksum with the repair command (Migrator.repairChecksums()) or the acceptChecksums "
                        + "option.\n"
                        + "migrate: hint: on the command line, 'migrate repair' accepts the new checksums, and 'migrate "
                        + "upgrade --accept-checksums TARGET' accepts them and upgrades"));
        c.add(cli("statement fails", DATABASE,
                "A statement of the upgrade fails in the database (here the table already exists).",
                "Fix the script and upgrade again; the failed step was rolled back.",
                f -> f.linear().upgrade("c3").script("d4", "c3", "create users again",
                        "CREATE TABLE users (id INTEGER);", "DROP TABLE users;"),
                "upgrade", "heads")
                .expect("exit 1", "migrate: error: Upgrade of revision d4 (create users again) failed at "
                        + "<dir>/db/migrations/d4_create_users_again.sql, line 6: [SQLITE_ERROR] SQL error or missing "
                        + "database (table users already exists)\n"
                        + "Statement: CREATE TABLE users (id INTEGER)\n"
                        + "The step was rolled back: the database stays at c3. Fix the script and run the upgrade again."));
        c.add(pg("statement fails after others (PostgreSQL)", DATABASE,
                "The second statement of a step fails; the first had already run.",
                "Fix the script and upgrade again; the whole step was rolled back, the first statement too.",
                f -> f.linear().upgrade("c3").script("d4", "c3", "two statements",
                        "CREATE TABLE invoices (id INTEGER);\nINSERT INTO invoices (id) VALUES ('not a number');",
                        "DROP TABLE invoices;"),
                "upgrade", "heads")
                .expect("exit 1", "migrate: error: Upgrade of revision d4 (two statements) failed at "
                        + "<dir>/db/migrations/d4_two_statements.sql, line 7: ERROR: invalid input syntax for type "
                        + "integer: \"not a number\" Position: 35\n"
                        + "Statement: INSERT INTO invoices (id) VALUES ('not a number')\n"
                        + "The step was rolled back: the database stays at c3. Fix the script and run the upgrade again."));
        c.add(cli("PostgreSQL server unreachable", DATABASE,
                "Nothing listens at the host and port of the URL.",
                "Start the server, or correct the host and port.",
                Fixture::linear,
                "--url", "jdbc:postgresql://127.0.0.1:1/app?user=app&password=s3cr3t-pw", "upgrade", "heads")
                .expect("exit 1", "migrate: error: Could not connect to jdbc:postgresql://127.0.0.1:1/app?user=app&password=**** "
                        + "(check the URL, user and password, and that the database is running): Connection to 127.0.0.1:1 "
                        + "refused. Check that the hostname and port are correct and that the postmaster is accepting "
                        + "TCP/IP connections. [SQLState 08001]"));
        c.add(pg("PostgreSQL role does not exist", DATABASE,
                "The user of the URL is not a role of the server (the test server trusts local connections, so a "
                        + "wrong password is accepted there: a missing role stands in for it).",
                "Correct the user and password.",
                Fixture::linear,
                "--url", "{pgbase}/postgres?user=no_such_role&password=s3cr3t-pw", "upgrade", "heads")
                .expect("exit 1", "migrate: error: Could not connect to jdbc:postgresql://127.0.0.1:5432/postgres?user=no_such_role&"
                        + "password=**** (check the URL, user and password, and that the database is running): FATAL: role "
                        + "\"no_such_role\" does not exist [SQLState 28000]"));
        c.add(pg("PostgreSQL database does not exist", DATABASE,
                "The database of the URL does not exist on the server.",
                "Create it, or correct the URL.",
                Fixture::linear,
                "--url", "{pgbase}/no_such_database?user=postgres", "upgrade", "heads")
                .expect("exit 1", "migrate: error: Could not connect to jdbc:postgresql://127.0.0.1:5432/no_such_database?user=postg"
                        + "res (check the URL, user and password, and that the database is running): FATAL: database "
                        + "\"no_such_database\" does not exist [SQLState 3D000]"));
        c.add(cli("SQLite folder missing", DATABASE,
                "The folder of the SQLite file does not exist (SQLite creates files, not folders).",
                "Create the folder, or correct the path.",
                Fixture::linear,
                "--url", "jdbc:sqlite:{dir}/missing/app.db", "upgrade", "heads")
                .expect("exit 1", "migrate: error: Could not connect to jdbc:sqlite:<dir>/missing/app.db (check the URL, user and "
                        + "password, and that the database is running): [SQLITE_CANTOPEN] Unable to open the database file "
                        + "(unable to open database file)"));
        c.add(cli("read-only SQLite file", DATABASE,
                "The SQLite file is opened read-only (here with mode=ro: the tests run as root, for whom file "
                        + "permissions do not stop writes).",
                "Give the program write access to the file and its folder.",
                f -> f.linear().upgrade("b2"),
                "--url", "jdbc:sqlite:file:{dir}/app.db?mode=ro", "upgrade", "heads")
                .expect("exit 1", "migrate: error: Upgrade of revision c3 (create orders) failed at "
                        + "<dir>/db/migrations/c3_create_orders.sql, line 6: [SQLITE_READONLY] Attempt to write a readonly "
                        + "database (attempt to write a readonly database)\n"
                        + "Statement: CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER)\n"
                        + "The step was rolled back: the database stays at b2. The SQLite database is read-only for this "
                        + "program: give it write access to the file and to its folder, where SQLite writes its journal "
                        + "(and open the file without mode=ro); then run the upgrade again."));
        c.add(cli("SQLite locked past the timeout", DATABASE,
                "Another connection holds the SQLite write lock longer than the lock timeout.",
                "Wait for the other program, stop it, or raise --lock-timeout.",
                Fixture::linear,
                new Holding(Catalogue::holdSqliteLock), "--lock-timeout", "1s", "upgrade", "heads")
                .expect("exit 1", "migrate: error: Timed out after 1 s waiting for the write lock on SQLite database <dir>/app.db "
                        + "(version table migrate_version): another connection is writing to it, perhaps another "
                        + "migration. Wait for it to finish or stop the other program, then run again; the wait is set "
                        + "with the lock timeout (lockTimeout).\n"
                        + "migrate: hint: on the command line, the wait is set with --lock-timeout, for example "
                        + "--lock-timeout 5m"));
        c.add(pg("PostgreSQL locked past the timeout", DATABASE,
                "Another migration holds the advisory lock longer than the lock timeout.",
                "Wait for it to finish; if it is stuck, end its session with pg_terminate_backend(pid).",
                f -> {
                    f.linear().upgrade("c3");
                    f.db.execute("CREATE TABLE hold_control (seconds INTEGER)", "INSERT INTO hold_control VALUES (60)");
                    f.script("d4", "c3", "slow", "SELECT pg_sleep((SELECT seconds FROM hold_control));", "SELECT 1;");
                },
                new Holding(Catalogue::holdPostgresLock), "--lock-timeout", "1s", "upgrade", "heads")
                .expect("exit 1", "migrate: error: Timed out after 1 s waiting for the migration lock on PostgreSQL database "
                        + "'<db>' (advisory lock -8450315325820101032 for version table migrate_version), held by another "
                        + "migration (backend pid N, ...). Wait for it to finish and run again; if that session is stuck, "
                        + "end it with pg_terminate_backend(pid). The wait is set with the lock timeout (lockTimeout).\n"
                        + "migrate: hint: on the command line, the wait is set with --lock-timeout, for example "
                        + "--lock-timeout 5m"));
        c.add(cli("unsupported database", DATABASE,
                "The URL is for a database Migrate has no dialect for.",
                "Use PostgreSQL or SQLite.",
                Fixture::linear,
                "--url", "jdbc:mysql://127.0.0.1:3306/app", "upgrade", "heads")
                .expect("exit 2", "migrate: error: No dialect for JDBC URL jdbc:mysql://127.0.0.1:3306/app; Migrate supports "
                        + "jdbc:postgresql: (PostgreSQL) and jdbc:sqlite: (SQLite)"));

        // The command line.
        c.add(cli("no database configured", COMMAND_LINE,
                "Neither --url, DATABASE_URL nor migrate.url is set.",
                "Give --url, set DATABASE_URL, or write migrate.url in migrate.properties.",
                Fixture::linear,
                "-noUrl", "current")
                .expect("exit 2", "migrate: error: No database given: pass --url (for example --url jdbc:sqlite:app.db), set the "
                        + "environment variable DATABASE_URL, or set migrate.url in <dir>/migrate.properties (there is no "
                        + "such file; 'migrate init' writes one)"));
        c.add(cli("unknown verb", COMMAND_LINE, "A typo in the verb.", "Use one of the suggested verbs.",
                Fixture::linear, "upgrad", "head")
                .expect("exit 2", "migrate: error: Unmatched arguments from index 2: 'upgrad', 'head'\n"
                        + "Did you mean: migrate upgrade or migrate downgrade or migrate heads?\n"
                        + "Try 'migrate --help' for more information."));
        c.add(cli("unknown option", COMMAND_LINE, "A typo in an option.", "Use the suggested option.",
                Fixture::linear, "heads", "--jsn")
                .expect("exit 2", "migrate: error: Unknown option: '--jsn'\n"
                        + "Possible solutions: --json\n"
                        + "Try 'migrate heads --help' for more information."));
        c.add(cli("missing argument", COMMAND_LINE, "A verb is given without its argument.",
                "Give the argument; 'migrate help VERB' shows it.", Fixture::linear, "stamp")
                .expect("exit 2", "migrate: error: Missing required parameter: 'REV'\n"
                        + "Try 'migrate stamp --help' for more information."));
        c.add(cli("bad lock timeout", COMMAND_LINE, "--lock-timeout is not a duration.",
                "Write 500ms, 30s, 5m, 1h or PT1M30S.", Fixture::linear, "--lock-timeout", "soon", "current")
                .expect("exit 2", "migrate: error: Cannot read the duration 'soon' (from --lock-timeout); write it as 500ms, 30s, "
                        + "5m, 1h or PT1M30S"));
        c.add(cli("bad transaction mode", COMMAND_LINE, "--transaction-mode is neither per-step nor all.",
                "Write per-step or all.", Fixture::linear, "--transaction-mode", "each", "current")
                .expect("exit 2", "migrate: error: Unknown transaction mode 'each' (from --transaction-mode); use per-step (each "
                        + "revision commits on its own) or all (one transaction for the run)"));
        c.add(cli("unknown dialect", COMMAND_LINE, "--dialect names no dialect.",
                "Write postgresql or sqlite, or leave it out.", Fixture::linear, "--dialect", "oracle", "current")
                .expect("exit 2", "migrate: error: Unknown dialect 'oracle'; supported: postgresql, sqlite (from --dialect)"));
        c.add(cli("bad version table name", COMMAND_LINE, "--version-table is not a plain SQL name.",
                "Use letters, digits and underscores.", Fixture::linear, "--version-table", "bad name", "current")
                .expect("exit 2", "migrate: error: The version table name 'bad name' is not a plain SQL identifier: use 1-63 "
                        + "letters, digits and underscores, starting with a letter or underscore"));
        c.add(cli("properties file missing", COMMAND_LINE, "--config names a file that does not exist.",
                "Correct the path, or leave --config out to read ./migrate.properties.", Fixture::linear,
                "-noUrl", "--config", "{dir}/nowhere.properties", "current")
                .expect("exit 2", "migrate: error: The configuration file <dir>/nowhere.properties does not exist; give the path "
                        + "of a migrate.properties file to --config, or create one with 'migrate init'"));
        c.add(cli("bad value in migrate.properties", COMMAND_LINE,
                "migrate.lock-timeout in the properties file is not a duration.",
                "Correct the value in the file.",
                f -> {
                    f.linear();
                    java.nio.file.Files.writeString(f.dir.resolve("migrate.properties"),
                            "migrate.url=" + f.url() + "\nmigrate.lock-timeout=soon\n");
                },
                "-noUrl", "current")
                .expect("exit 2", "migrate: error: Cannot read the duration 'soon' (from migrate.lock-timeout in "
                        + "<dir>/migrate.properties); write it as 500ms, 30s, 5m, 1h or PT1M30S"));
        c.add(cli("range without --sql", COMMAND_LINE, "A FROM:TO range is given to an online upgrade.",
                "Give one target, or add --sql for offline SQL.", Fixture::linear, "upgrade", "a1:b2")
                .expect("exit 2", "migrate: error: A range ('a1:b2') is only allowed with --sql; to upgrade the database give one "
                        + "target, such as 'b2'"));
        c.add(cli("offline downgrade without a range", COMMAND_LINE,
                "downgrade --sql cannot read where the database is.", "Give a range such as head:base.",
                Fixture::linear, "downgrade", "--sql", "base")
                .expect("exit 2", "migrate: error: downgrade --sql needs a range FROM:TO, because it cannot read where the "
                        + "database is: for example 'downgrade --sql head:base'"));

        // revision --autogenerate and check.
        AutogenerateCases.add(c);

        // The starter.
        c.add(app("starter: script location missing", STARTER, "migrate.locations names a folder that does not exist.",
                "Correct migrate.locations.", Fixture::linear, "migrate.locations=filesystem:{dir}/nowhere")
                .expect("startup fails", "Description:\n"
                        + "\n"
                        + "Migration location 'filesystem:<dir>/nowhere' does not exist: there is no folder <dir>/nowhere. "
                        + "Create it or set the migration locations (the default is classpath:db/migrations).\n"
                        + "\n"
                        + "Action:\n"
                        + "\n"
                        + "Point migrate.locations at the folder of the application's migrations, or create it."));
        c.add(app("starter: unknown target", STARTER, "migrate.target names no revision.",
                "Correct migrate.target, or leave it at heads.", Fixture::linear, "migrate.target=zz9")
                .expect("startup fails", "Description:\n"
                        + "\n"
                        + "No revision or branch label matches 'zz9'; 'migrate history' lists the revisions\n"
                        + "\n"
                        + "Action:\n"
                        + "\n"
                        + "Fix the down revisions of the scripts, or set migrate.target to a revision that exists (it is "
                        + "heads by default)."));
        c.add(app("starter: bad lock timeout", STARTER, "migrate.lock-timeout is not a duration.",
                "Write a duration such as 30s.", Fixture::linear, "migrate.lock-timeout=soon")
                .expect("startup fails", "Description:\n"
                        + "\n"
                        + "Failed to bind properties under 'migrate.lock-timeout' to java.time.Duration:\n"
                        + "\n"
                        + "    Property: migrate.lock-timeout\n"
                        + "    Value: \"soon\"\n"
                        + "    Origin: \"migrate.lock-timeout\" from property source \"commandLineArgs\"\n"
                        + "    Reason: failed to convert java.lang.String to java.time.Duration (caused by "
                        + "java.lang.IllegalArgumentException: 'soon' is not a valid duration)\n"
                        + "\n"
                        + "Action:\n"
                        + "\n"
                        + "Update your application's configuration"));
        c.add(app("starter: unknown startup mode", STARTER, "migrate.startup is not one of its values.",
                "Use upgrade, validate, initializer or none.", Fixture::linear, "migrate.startup=sideways")
                .expect("startup fails", "Description:\n"
                        + "\n"
                        + "Failed to bind properties under 'migrate.startup' to "
                        + "dev.migrate.boot.autoconfigure.MigrateProperties$Startup:\n"
                        + "\n"
                        + "    Property: migrate.startup\n"
                        + "    Value: \"sideways\"\n"
                        + "    Origin: \"migrate.startup\" from property source \"commandLineArgs\"\n"
                        + "    Reason: failed to convert java.lang.String to "
                        + "dev.migrate.boot.autoconfigure.MigrateProperties$Startup (caused by "
                        + "java.lang.IllegalArgumentException: No enum constant "
                        + "dev.migrate.boot.autoconfigure.MigrateProperties.Startup.sideways)\n"
                        + "\n"
                        + "Action:\n"
                        + "\n"
                        + "Update your application's configuration. The following values are valid:\n"
                        + "\n"
                        + "    INITIALIZER\n"
                        + "    NONE\n"
                        + "    UPGRADE\n"
                        + "    VALIDATE"));
        c.add(app("starter: unknown transaction mode", STARTER, "migrate.transaction-mode is not one of its values.",
                "Use per-step or all.", Fixture::linear, "migrate.transaction-mode=each")
                .expect("startup fails", "Description:\n"
                        + "\n"
                        + "Failed to bind properties under 'migrate.transaction-mode' to "
                        + "dev.migrate.runtime.TransactionMode:\n"
                        + "\n"
                        + "    Property: migrate.transaction-mode\n"
                        + "    Value: \"each\"\n"
                        + "    Origin: \"migrate.transaction-mode\" from property source \"commandLineArgs\"\n"
                        + "    Reason: failed to convert java.lang.String to dev.migrate.runtime.TransactionMode (caused "
                        + "by java.lang.IllegalArgumentException: No enum constant "
                        + "dev.migrate.runtime.TransactionMode.each)\n"
                        + "\n"
                        + "Action:\n"
                        + "\n"
                        + "Update your application's configuration. The following values are valid:\n"
                        + "\n"
                        + "    ALL\n"
                        + "    PER_STEP"));
        c.add(app("starter: bad version table name", STARTER, "migrate.version-table is not a plain SQL name.",
                "Use letters, digits and underscores.", Fixture::linear, "migrate.version-table=bad name")
                .expect("startup fails", "Description:\n"
                        + "\n"
                        + "The version table name 'bad name' is not a plain SQL identifier: use 1-63 letters, digits and "
                        + "underscores, starting with a letter or underscore\n"
                        + "\n"
                        + "Action:\n"
                        + "\n"
                        + "Correct the migrate.* properties of the application."));
        c.add(app("starter: validate with pending revisions", STARTER,
                "migrate.startup=validate and the database is behind the scripts.",
                "Migrate the database first (migrate upgrade heads), or start with migrate.startup=upgrade.",
                f -> f.linear().upgrade("a1"), "migrate.startup=validate")
                .expect("startup fails", "Description:\n"
                        + "\n"
                        + "Validation failed (migrate.startup=validate): 2 revisions are not applied to the database (at "
                        + "a1): b2 (add email), c3 (create orders).\n"
                        + "\n"
                        + "Action:\n"
                        + "\n"
                        + "Apply them with 'java -jar <app>.jar migrate upgrade' or the migrate command line, or start "
                        + "once with migrate.startup=upgrade."));
        c.add(app("starter: failing statement", STARTER, "A statement of a pending revision fails at startup.",
                "Fix the script and start again; the failed step was rolled back.",
                f -> f.linear().upgrade("c3").script("d4", "c3", "create users again",
                        "CREATE TABLE users (id INTEGER);", "DROP TABLE users;"))
                .expect("startup fails", "Description:\n"
                        + "\n"
                        + "Migrate could not apply revision d4 (create users again) from "
                        + "<dir>/db/migrations/d4_create_users_again.sql.\n"
                        + "\n"
                        + "The statement at <dir>/db/migrations/d4_create_users_again.sql, line 6 failed:\n"
                        + "\n"
                        + "    CREATE TABLE users (id INTEGER)\n"
                        + "\n"
                        + "The database said: [SQLITE_ERROR] SQL error or missing database (table users already exists)\n"
                        + "\n"
                        + "The step was rolled back; the database is still at c3.\n"
                        + "\n"
                        + "Action:\n"
                        + "\n"
                        + "Fix the statement in <dir>/db/migrations/d4_create_users_again.sql (or the database it "
                        + "expects), then start the application again: Migrate resumes from c3."));
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
    static Case cli(String name, String area, String cause, String fix, Case.Setup setup, Object... args) {
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
