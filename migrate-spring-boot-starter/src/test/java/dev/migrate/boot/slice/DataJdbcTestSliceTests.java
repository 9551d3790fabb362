package dev.migrate.boot.slice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.boot.testapp.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code @DataJdbcTest} imports Migrate too; on PostgreSQL, which Spring Data JDBC knows. */
@DataJdbcTest(properties = "migrate.locations=classpath:db/app")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@DirtiesContext
class DataJdbcTestSliceTests {

    private static Database database;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        database = Database.postgres();
        database.properties().forEach(p -> {
            int eq = p.indexOf('=');
            registry.add(p.substring(0, eq), () -> p.substring(eq + 1));
        });
    }

    @AfterAll
    static void drop() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    @Autowired
    DeviceRepository devices;

    @Autowired
    JdbcAggregateTemplate aggregates;

    @Test
    void repositoriesWorkOnTheMigratedSchema() {
        aggregates.insert(new Device(1, "thermometer", "kitchen"));
        assertThat(devices.findById(1)).contains(new Device(1, "thermometer", "kitchen"));
    }
}
