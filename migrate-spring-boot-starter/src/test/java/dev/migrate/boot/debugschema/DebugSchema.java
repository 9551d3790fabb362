package dev.migrate.boot.debugschema;

import static dev.migrate.schema.SqlType.INTEGER;
import static dev.migrate.schema.SqlType.REAL;
import static dev.migrate.schema.SqlType.VARCHAR;

import dev.migrate.boot.autoconfigure.Seeder;
import dev.migrate.schema.MetaData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The declared schema of the test application (the same tables as db/app's scripts), and a seeder. */
@Configuration(proxyBeanMethods = false)
public class DebugSchema {

    @Bean
    MetaData metaData() {
        return MetaData.builder()
                .table("devices", t -> t
                        .column("id", INTEGER, c -> c.primaryKey())
                        .column("name", VARCHAR(100), c -> c.notNull())
                        .column("description", VARCHAR(200)))
                .table("readings", t -> t
                        .column("id", INTEGER, c -> c.primaryKey())
                        .column("device_id", INTEGER, c -> c.notNull().references("devices", "id"))
                        .column("celsius", REAL, c -> c.notNull()))
                .build();
    }

    @Bean
    @Order(2)
    Seeder secondReading() {
        return dataSource -> JdbcClient.create(dataSource)
                .sql("INSERT INTO readings (id, device_id, celsius) VALUES (3, 2, 1013.0)").update();
    }

    @Bean
    @Order(1)
    Seeder firstReading() {
        return dataSource -> JdbcClient.create(dataSource)
                .sql("INSERT INTO readings (id, device_id, celsius) VALUES (2, 1, 22.0)").update();
    }
}
