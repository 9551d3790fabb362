package dev.migrate.autogen;

import dev.migrate.command.ScriptFormat;
import dev.migrate.schema.MetaData;
import java.util.List;

/** Every kind of difference on SQLite through the commands: revision --autogenerate (SQL), upgrade, check, downgrade. */
class SqliteScriptAutogenTest extends SqliteAutogenTest {

    @Override
    protected List<String> roundTrip(MetaData before, MetaData after) throws Exception {
        return roundTripWithScripts(before, after, ScriptFormat.SQL);
    }
}
