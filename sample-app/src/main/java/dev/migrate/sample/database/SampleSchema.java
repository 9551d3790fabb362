package dev.migrate.sample.database;

import static dev.migrate.schema.ReferentialAction.CASCADE;
import static dev.migrate.schema.SqlType.TEXT;
import static dev.migrate.schema.SqlType.TIMESTAMP;
import static dev.migrate.schema.SqlType.VARCHAR;

import dev.migrate.schema.MetaData;

/**
 * The schema of the sample, declared once: what the migrations in {@code db/migrations} build, step
 * by step. Change it together with a new revision ({@code migrate revision --autogenerate} writes the
 * revision from the difference); a test fails when the two disagree.
 */
public final class SampleSchema {

    private static final MetaData METADATA = MetaData.builder()
            .table("devices", t -> t
                    .column("id", VARCHAR(36), c -> c.primaryKey())
                    .column("serial_number", VARCHAR(64), c -> c.notNull().unique())
                    .column("name", VARCHAR(100), c -> c.notNull())
                    .column("created_at", TIMESTAMP, c -> c.notNull().defaultSql("CURRENT_TIMESTAMP"))
                    .column("location", VARCHAR(100))
                    .column("last_seen_at", TIMESTAMP)
                    .column("deactivated_at", TIMESTAMP))
            .table("device_logs", t -> t
                    .column("id", VARCHAR(36), c -> c.primaryKey())
                    .column("device_id", VARCHAR(36), c -> c.notNull().references("devices", "id", CASCADE))
                    .column("logged_at", TIMESTAMP, c -> c.notNull())
                    .column("message", TEXT, c -> c.notNull())
                    .column("level", VARCHAR(5), c -> c.notNull().defaultValue("INFO"))
                    .index("device_id", "logged_at"))
            .build();

    private SampleSchema() {
    }

    /** The tables of the sample at the scripts' head. */
    public static MetaData metaData() {
        return METADATA;
    }
}
