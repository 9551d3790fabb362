package dev.migrate.sample.migrations;

import static dev.migrate.op.Ops.column;
import static dev.migrate.schema.SqlType.VARCHAR;

import dev.migrate.op.Migration;
import dev.migrate.op.MigrationRevision;
import dev.migrate.op.Ops;

/**
 * Where a device is installed. Written in Java to show a Java migration: the ops are portable, and the
 * dialect renders them (SQLite and PostgreSQL both get a plain {@code ALTER TABLE ... ADD COLUMN}).
 */
@MigrationRevision(id = "69e3f2e0039a", down = "cf2573037be2", message = "add location to devices")
public final class R69e3f2e0039a_AddLocationToDevices implements Migration {

    @Override
    public void upgrade(Ops op) throws Exception {
        op.addColumn("devices", column("location", VARCHAR(100)));
    }

    @Override
    public void downgrade(Ops op) throws Exception {
        op.dropColumn("devices", "location");
    }
}
