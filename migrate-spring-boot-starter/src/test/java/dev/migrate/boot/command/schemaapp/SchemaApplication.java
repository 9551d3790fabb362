package dev.migrate.boot.command.schemaapp;

import dev.migrate.boot.debugschema.DebugSchema;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** An application with a declared schema (a MetaData bean), for command mode's check and autogenerate. */
@SpringBootApplication(excludeName = "org.springframework.boot.data.jdbc.autoconfigure.DataJdbcRepositoriesAutoConfiguration")
@Import(DebugSchema.class)
public class SchemaApplication {

    public static void main(String[] args) {
        SpringApplication.run(SchemaApplication.class, args);
    }
}
