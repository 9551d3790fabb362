package dev.migrate.boot;

import dev.migrate.boot.testapp.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** On PostgreSQL, with a password in the URL that the endpoint must not show (the server trusts, so it is ignored). */
class PostgresHttpTests extends HttpScenarios {

    private static Database database;

    /** Before the context loads: without a PostgreSQL server the class is skipped, not failed by the context. */
    @BeforeAll
    static void createDatabase() {
        database = Database.postgres();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> withPassword(database.url()));
        if (database.user() != null) {
            registry.add("spring.datasource.username", database::user);
        }
        if (database.password() != null) {
            registry.add("spring.datasource.password", database::password);
        }
    }

    @AfterAll
    static void drop() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    @Override
    String expectedDatabase() {
        return withPassword(database.url()).replace("password=not-shown", "password=****");
    }

    @Override
    String expectedUser() {
        return database.user() != null ? database.user() : "postgres";
    }

    private static String withPassword(String url) {
        if (database.password() != null) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "password=not-shown";
    }
}
