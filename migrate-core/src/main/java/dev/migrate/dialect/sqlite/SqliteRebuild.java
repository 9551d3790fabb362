package dev.migrate.dialect.sqlite;

import dev.migrate.dialect.DialectException;
import dev.migrate.dialect.Identifiers;
import dev.migrate.dialect.SqlTokens;
import dev.migrate.dialect.TableChanges;
import dev.migrate.dialect.TableLookup;
import dev.migrate.op.TableOp;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Rebuilds a SQLite table for changes SQLite cannot make with {@code ALTER TABLE} ("move and
 * copy", sqlite.org/lang_altertable.html, section 7):
 *
 * <ol>
 * <li>{@code CREATE TABLE _migrate_tmp_t} in the new shape;</li>
 * <li>copy every row with one {@code INSERT INTO _migrate_tmp_t (...) SELECT ... FROM t} (no row
 *     passes through the JVM); when every column keeps its place (renamed or not) and needs no
 *     CAST, the copy is {@code INSERT ... SELECT *}, so SQLite can use its transfer optimization
 *     (whole records copied without decoding) when the new definition allows it; the
 *     AUTOINCREMENT counter is carried over;</li>
 * <li>{@code DROP TABLE t}, then {@code ALTER TABLE _migrate_tmp_t RENAME TO t} with
 *     {@code PRAGMA legacy_alter_table=ON}: since 3.26 a rename re-parses every view and trigger of
 *     the schema and fails when one refers to the table just dropped ("error in view v: no such
 *     table"); the legacy mode renames without that check, and nothing refers to the temporary
 *     name;</li>
 * <li>recreate the indexes, and replay the triggers and the indexes the model cannot describe
 *     verbatim (they went with the old table);</li>
 * <li>check the foreign keys of the table and of the tables that refer to it.</li>
 * </ol>
 *
 * <p>Foreign keys: with {@code PRAGMA foreign_keys=ON}, {@code DROP TABLE t} first deletes every
 * row of {@code t}, which runs the ON DELETE actions of the tables that refer to it (CASCADE
 * deletes their rows) or fails their keys; {@code PRAGMA defer_foreign_keys} does not help (it
 * defers the failure to COMMIT and still runs the actions). So the rebuild runs with foreign keys
 * off. {@code PRAGMA foreign_keys} cannot change inside a transaction (SQLite ignores it there), so:
 * outside a transaction the rebuild switches them off, works inside a savepoint, and switches them
 * back on; inside a transaction with foreign keys on it refuses to rebuild a table that others
 * refer to (a table nobody refers to is safe to drop either way). Offline, where the state is
 * unknown, the script guards itself: it fails before touching anything when foreign keys are on.
 * Checks that must fail a plain SQL script use a temporary table whose CHECK constraint is named
 * with the message, so the failure reads as that message.
 */
final class SqliteRebuild {

    /** Prefix of the temporary table name. */
    static final String TEMP_PREFIX = "_migrate_tmp_";

    private static final String CHECK_TABLE = "_migrate_check";
    /** The savepoint of a rebuild outside a transaction. */
    static final String SAVEPOINT = "migrate_rebuild";
    /** The same, when the rebuild also switched foreign keys off and must switch them on again. */
    static final String SAVEPOINT_FOREIGN_KEYS = "migrate_rebuild_fk";

    private SqliteRebuild() {
    }

    static List<String> statements(SqliteDialect d, String tableName, Optional<Table> known, List<TableOp> ops,
            TableLookup tables) throws SQLException {
        SqliteCatalog catalog = tables instanceof SqliteCatalog c ? c : null;
        SqliteTable live = catalog == null ? null : catalog.describe(tableName).orElse(null);
        Table current = known.orElse(null);
        if (current == null) {
            throw new DialectException(catalog != null
                    ? "Cannot change table " + tableName + ": the SQLite database has no such table"
                    : "Cannot rebuild SQLite table " + tableName + " in an offline (--sql) run: the rebuild needs the table's"
                            + " current definition and none is known. Pass it with op.batch(tableDefinition, ...) (like"
                            + " Alembic's copy_from) or declare the table in the schema given to the offline run");
        }
        TableChanges changes = new TableChanges(current, d::quote).applyAll(ops);
        Table target = changes.table();
        String name = current.name();
        Set<String> referencing = tables.referencingTables(name);
        refuseBreakingOthers(d, name, current, changes, referencing, tables, live);

        boolean fkOn = catalog != null && catalog.foreignKeysEnabled();
        boolean inTransaction = catalog != null && catalog.inTransaction();
        boolean ownSavepoint = catalog != null && !inTransaction;
        if (catalog != null && fkOn && inTransaction && !referencing.isEmpty()) {
            throw new DialectException("Cannot rebuild table " + name + " inside a transaction while PRAGMA foreign_keys is ON:"
                    + " SQLite ignores PRAGMA foreign_keys inside a transaction, and dropping the old table would run the"
                    + " ON DELETE actions (or fail the foreign keys) of the tables that refer to it: " + referencing
                    + ". Run the migrations with foreign keys off (SQLite's default; for sqlite-jdbc leave out foreign_keys=true),"
                    + " or mark this revision transactional = false so the rebuild can switch them off around itself");
        }

        String temp = TEMP_PREFIX + name;
        String options = live == null ? "" : live.options();
        List<String> out = new ArrayList<>();
        if (fkOn && ownSavepoint) {
            out.add("PRAGMA foreign_keys = OFF");
            // SQLite ignores the pragma inside a transaction: should one have begun since this was
            // planned, stop here, before anything changes
            out.addAll(failUnlessZero("PRAGMA foreign_keys is still ON (a transaction is open): rebuilding table " + name
                    + " would run the ON DELETE actions of the tables that refer to it", "SELECT foreign_keys FROM pragma_foreign_keys"));
        }
        String savepoint = fkOn ? SAVEPOINT_FOREIGN_KEYS : SAVEPOINT;
        if (ownSavepoint) {
            out.add("SAVEPOINT " + savepoint);
        }
        if (catalog == null && !referencing.isEmpty()) {
            out.addAll(failUnlessZero("PRAGMA foreign_keys is ON: rebuilding table " + name + " would run the ON DELETE actions"
                    + " of the tables that refer to it; run this script with foreign keys off", "SELECT foreign_keys FROM pragma_foreign_keys"));
        }
        out.add(d.createTableSql(temp, target, !withoutRowid(options)) + (options.isEmpty() ? "" : " " + options));
        out.add(copyRows(d, current, target, changes, temp, options));
        boolean autoincrement = current.identityColumn().isPresent() && target.identityColumn().isPresent();
        if (autoincrement) {
            out.add("DELETE FROM sqlite_sequence WHERE name = " + d.text(temp));
            out.add("INSERT INTO sqlite_sequence (name, seq) SELECT " + d.text(temp) + ", seq FROM sqlite_sequence WHERE name = "
                    + d.text(name) + " COLLATE NOCASE");
        }
        out.add("DROP TABLE " + d.quote(name));
        boolean legacy = catalog != null && catalog.legacyAlterTable();
        if (!legacy) {
            out.add("PRAGMA legacy_alter_table = ON");
        }
        out.add("ALTER TABLE " + d.quote(temp) + " RENAME TO " + d.quote(name));
        if (!legacy) {
            out.add("PRAGMA legacy_alter_table = OFF");
        }
        for (Index i : target.indexes()) {
            out.add(d.createIndexSql(name, i));
        }
        if (live != null) {
            live.otherIndexes().forEach(o -> out.add(o.sql()));
            live.triggers().forEach(o -> out.add(o.sql()));
        }
        Set<String> checked = new LinkedHashSet<>();
        if (!target.foreignKeys().isEmpty()) {
            checked.add(name);
        }
        checked.addAll(referencing);
        if (!checked.isEmpty()) {
            out.addAll(failUnlessZero("rebuilding table " + name + " left rows whose foreign keys match no row;"
                    + " PRAGMA foreign_key_check lists them", checked.stream()
                            .map(t -> "(SELECT count(*) FROM pragma_foreign_key_check(" + d.text(t) + "))")
                            .collect(Collectors.joining(" + ", "SELECT ", ""))));
        }
        if (ownSavepoint) {
            out.add("RELEASE " + savepoint);
        }
        if (fkOn && ownSavepoint) {
            out.add("PRAGMA foreign_keys = ON");
        }
        return out;
    }

    /** The single {@code INSERT ... SELECT} that copies every row. */
    private static String copyRows(SqliteDialect d, Table current, Table target, TableChanges changes, String temp, String options) {
        boolean keepRowid = !withoutRowid(options) && !rowidAlias(d, current) && !rowidAlias(d, target);
        List<TableChanges.Transfer> transfers = changes.transfers().stream()
                .filter(t -> target.column(t.column()).map(c -> c.computed() == null).orElse(false))
                .toList();
        boolean anyComputed = current.columns().stream().anyMatch(c -> c.computed() != null)
                || target.columns().stream().anyMatch(c -> c.computed() != null);
        boolean unchanged = !keepRowid && !anyComputed && transfers.size() == current.columns().size()
                && transfers.size() == target.columns().size();
        List<String> into = new ArrayList<>();
        List<String> select = new ArrayList<>();
        if (keepRowid) {
            into.add("rowid");
            select.add("rowid");
        }
        for (int i = 0; i < transfers.size(); i++) {
            TableChanges.Transfer t = transfers.get(i);
            into.add(d.quote(t.column()));
            boolean cast = needsCast(d, t.sourceType(), t.type());
            select.add(cast ? "CAST(" + d.quote(t.source()) + " AS " + d.typeName(t.type()) + ")" : d.quote(t.source()));
            unchanged &= !cast && current.columns().get(i).name().equals(t.source());
        }
        if (unchanged) {
            return "INSERT INTO " + d.quote(temp) + " SELECT * FROM " + d.quote(current.name());
        }
        return "INSERT INTO " + d.quote(temp) + " (" + String.join(", ", into) + ") SELECT " + String.join(", ", select)
                + " FROM " + d.quote(current.name());
    }

    private static boolean withoutRowid(String options) {
        return options.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").contains("WITHOUT ROWID");
    }

    /** A type change copies with a CAST when the affinity changes (SQLite would otherwise keep the old storage class). */
    private static boolean needsCast(SqliteDialect d, SqlType from, SqlType to) {
        return from != null && to != null && to != SqlType.JSON
                && SqliteTypes.affinity(d.typeName(from)) != SqliteTypes.affinity(d.typeName(to));
    }

    /** Whether the table's primary key is SQLite's rowid: a single column declared exactly INTEGER. */
    static boolean rowidAlias(SqliteDialect d, Table t) {
        if (t.primaryKey() == null || t.primaryKey().columns().size() != 1) {
            return false;
        }
        Optional<Column> c = t.column(t.primaryKey().columns().get(0));
        return c.isPresent() && (c.get().identity() || d.typeName(c.get().type()).equalsIgnoreCase("INTEGER"));
    }

    /**
     * Refuses changes a rebuild would silently get wrong: renaming or dropping a column that
     * another table's foreign key, or a trigger, view or index kept as SQL, refers to. A native
     * rename (outside a batch) updates all of those; a rebuild cannot.
     */
    private static void refuseBreakingOthers(SqliteDialect d, String name, Table current, TableChanges changes,
            Set<String> referencing, TableLookup tables, SqliteTable live) throws SQLException {
        Map<String, String> gone = new LinkedHashMap<>();
        changes.renamedColumns().forEach((from, to) -> gone.put(from, "renames"));
        Set<String> kept = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        changes.transfers().forEach(t -> kept.add(t.source()));
        current.columns().stream().map(Column::name).filter(c -> !kept.contains(c)).forEach(c -> gone.put(c, "drops"));
        if (gone.isEmpty()) {
            return;
        }
        for (String other : referencing) {
            if (other.equalsIgnoreCase(name)) {
                continue;
            }
            Optional<Table> child = tables.table(other);
            for (ForeignKey fk : child.map(Table::foreignKeys).orElse(List.of())) {
                if (!fk.referredTable().equalsIgnoreCase(name)) {
                    continue;
                }
                for (String col : fk.referredColumns()) {
                    String what = gone.get(col) != null ? gone.get(col) : gone.get(find(gone, col));
                    if (what != null) {
                        throw new DialectException("Cannot rebuild table " + name + ": foreign key "
                                + (fk.name() == null ? "" : fk.name() + " ") + "of table " + other + " refers to column " + col
                                + ", which this change " + what + ", and a rebuild cannot update other tables' keys. "
                                + ("renames".equals(what) ? "Rename the column with op.renameColumn outside a batch"
                                        + " (SQLite renames it natively and updates the keys that refer to it)"
                                        : "Drop or change that foreign key first"));
                    }
                }
            }
        }
        if (live == null) {
            return;
        }
        List<SqliteTable.Attached> attached = new ArrayList<>(live.triggers());
        attached.addAll(live.views());
        attached.addAll(live.otherIndexes());
        for (SqliteTable.Attached a : attached) {
            for (Map.Entry<String, String> e : gone.entrySet()) {
                if (SqlTokens.mentions(a.sql(), e.getKey())) {
                    throw new DialectException("Cannot rebuild table " + name + ": " + a.type() + " " + a.name()
                            + " refers to column " + e.getKey() + ", which this change " + e.getValue()
                            + ", and a rebuild would leave it broken. Drop the " + a.type() + " before this change and create it"
                            + " again after" + ("renames".equals(e.getValue()) ? " (or rename the column with op.renameColumn"
                                    + " outside a batch: SQLite renames it natively and updates the " + a.type() + ")" : ""));
                }
            }
        }
    }

    private static String find(Map<String, String> gone, String column) {
        return gone.keySet().stream().filter(k -> k.equalsIgnoreCase(column)).findFirst().orElse(column);
    }

    /**
     * Statements that fail with {@code message} unless {@code countQuery} yields 0: the count goes
     * into a temporary table whose CHECK constraint is named with the message, so a plain SQL
     * script fails too, and the error reads "CHECK constraint failed: message".
     */
    static List<String> failUnlessZero(String message, String countQuery) {
        return List.of("CREATE TEMP TABLE " + CHECK_TABLE + " (failures INTEGER CONSTRAINT " + Identifiers.quoted(message)
                        + " CHECK (failures = 0))",
                "INSERT INTO temp." + CHECK_TABLE + " " + countQuery,
                "DROP TABLE temp." + CHECK_TABLE);
    }
}
