package dev.migrate.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Maps the current row of a result set to a value; do not move the cursor.
 *
 * @param <T> the value of one row
 */
@FunctionalInterface
public interface RowMapper<T> {

    /**
     * @param rs     the result set, on the row to map
     * @param rowNum the 0-based number of the row
     */
    T mapRow(ResultSet rs, int rowNum) throws SQLException;
}
