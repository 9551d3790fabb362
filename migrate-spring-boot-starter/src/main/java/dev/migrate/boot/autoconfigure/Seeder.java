package dev.migrate.boot.autoconfigure;

import javax.sql.DataSource;

/**
 * Loads seed data in debug mode ({@code app.debug=true}), after the tables were created and the SQL
 * seed scripts ran. Beans of this type run in {@link org.springframework.core.annotation.Order order}.
 *
 * <p>In {@code migrate.startup=initializer} mode seeders run during the context refresh, before
 * {@code JdbcTemplate} and repositories exist: use the given data source rather than injecting them.
 */
@FunctionalInterface
public interface Seeder {

    /**
     * Inserts seed data.
     *
     * @param dataSource the data source of the database that Migrate manages
     * @throws Exception when the data cannot be inserted; the application does not start
     */
    void seed(DataSource dataSource) throws Exception;
}
