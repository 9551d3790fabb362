package dev.migrate.reliability.schema;

import static dev.migrate.schema.SqlType.INTEGER;
import static dev.migrate.schema.SqlType.VARCHAR;

import dev.migrate.schema.MetaData;

/**
 * A declared schema for the autogenerate cases of the catalogue, as an application would write it: the fixture's
 * tables ({@code V1}), the same with {@code users.phone} ({@code v2()}), and a member that is no schema
 * ({@code NAME}).
 */
public final class ShopSchema {

    public static final String NAME = "shop";

    public static final MetaData V1 = MetaData.builder()
            .table("users", t -> t
                    .column("id", INTEGER, c -> c.primaryKey())
                    .column("name", VARCHAR(50))
                    .column("email", VARCHAR(100)))
            .table("orders", t -> t
                    .column("id", INTEGER, c -> c.primaryKey())
                    .column("user_id", INTEGER))
            .build();

    private ShopSchema() {
    }

    public static MetaData v2() {
        return MetaData.builder()
                .table("users", t -> t
                        .column("id", INTEGER, c -> c.primaryKey())
                        .column("name", VARCHAR(50))
                        .column("email", VARCHAR(100))
                        .column("phone", VARCHAR(30)))
                .table("orders", t -> t
                        .column("id", INTEGER, c -> c.primaryKey())
                        .column("user_id", INTEGER))
                .build();
    }
}
