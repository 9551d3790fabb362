package dev.migrate.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.jdbc.SqlSplitter;
import dev.migrate.jdbc.SqlStatement;
import dev.migrate.schema.MetaData;
import dev.migrate.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/**
 * Random schema pairs (A, B): create A, autogenerate towards B, apply, compare again (nothing left);
 * downgrade, and read back exactly A. Even rounds apply the ops online, odd rounds the SQL that
 * autogenerate writes for a script. Seeded: set {@code -Dmigrate.fuzz.seed=N} to replay a failure
 * and {@code -Dmigrate.fuzz.rounds=N} to run more or fewer rounds (default 200).
 */
abstract class AutogenFuzzContract {

    static final long DEFAULT_SEED = 20261121L;

    /** A fresh, empty database for round {@code round}; the caller closes the connection. */
    protected abstract Connection fresh(int round) throws Exception;

    /** Whether the database keeps comments (then the schemas have some). */
    protected abstract boolean comments();

    @Test
    void randomSchemaPairsRoundTrip() throws Exception {
        long seed = Long.getLong("migrate.fuzz.seed", DEFAULT_SEED);
        int rounds = Integer.getInteger("migrate.fuzz.rounds", 200);
        Set<Difference.Kind> seen = EnumSet.noneOf(Difference.Kind.class);
        for (int round = 0; round < rounds; round++) {
            long roundSeed = seed + round;
            RandomSchemas random = new RandomSchemas(roundSeed, comments());
            List<RandomSchemas.TableSpec> a = random.first();
            List<RandomSchemas.TableSpec> b = random.mutate(a);
            MetaData before = RandomSchemas.build(a);
            MetaData after = RandomSchemas.build(b);
            try (Connection c = fresh(round)) {
                seen.addAll(roundTrip(c, before, after, round % 2 == 1));
            } catch (TestAbortedException e) {
                throw e; // no database to run on: the test is skipped, loudly, not failed
            } catch (Throwable e) {
                throw new AssertionError("Fuzz round " + round + " failed; replay it with -Dmigrate.fuzz.seed=" + roundSeed
                        + " -Dmigrate.fuzz.rounds=1\n  A: " + describe(before) + "\n  B: " + describe(after) + "\n" + e, e);
            }
        }
        if (rounds >= 200) {
            Set<Difference.Kind> expected = EnumSet.allOf(Difference.Kind.class);
            if (!comments()) {
                expected.removeAll(List.of(Difference.Kind.MODIFY_COMMENT, Difference.Kind.MODIFY_TABLE_COMMENT));
            }
            assertThat(seen).as("the kinds of difference the rounds produced").containsAll(expected);
        }
    }

    private static Set<Difference.Kind> roundTrip(Connection c, MetaData before, MetaData after, boolean asSql) throws Exception {
        LiveSchema db = new LiveSchema(c, CompareOptions.defaults().compareServerDefaults(true));
        db.create(before);
        assertThat(db.compare(before).report()).as("A as created").isEqualTo(SchemaDiff.NO_CHANGES);
        List<Table> snapshot = LiveSchema.normalized(db.tables());

        SchemaDiff diff = db.compare(after);
        JavaRenderer.render(diff.upgradeOps());
        JavaRenderer.render(diff.downgradeOps());
        if (asSql) {
            SqlRenderer.Rendered sql = SqlRenderer.render(diff, db.dialect, db.dialect.liveTables(c));
            run(c, sql.upgrade());
            assertThat(db.compare(after).report()).as("after the upgrade script:\n%s", sql.upgrade()).isEqualTo(SchemaDiff.NO_CHANGES);
            run(c, sql.downgrade());
            assertThat(LiveSchema.normalized(db.tables())).as("after the downgrade script:\n%s", sql.downgrade()).isEqualTo(snapshot);
        } else {
            db.apply(diff.upgradeOps());
            assertThat(db.compare(after).report()).as("after the upgrade ops %s", diff.upgradeOps()).isEqualTo(SchemaDiff.NO_CHANGES);
            db.apply(diff.downgradeOps());
            assertThat(LiveSchema.normalized(db.tables())).as("after the downgrade ops %s", diff.downgradeOps()).isEqualTo(snapshot);
        }
        Set<Difference.Kind> kinds = EnumSet.noneOf(Difference.Kind.class);
        diff.differences().forEach(d -> kinds.add(d.kind()));
        return kinds;
    }

    /** Runs a script in one transaction, as the runtime runs one step. */
    private static void run(Connection c, String script) throws SQLException {
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            for (SqlStatement s : SqlSplitter.split(script)) {
                st.execute(s.sql());
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static String describe(MetaData schema) {
        StringBuilder s = new StringBuilder();
        for (Table t : schema.tables()) {
            s.append("\n    ").append(t);
        }
        return s.toString();
    }
}
