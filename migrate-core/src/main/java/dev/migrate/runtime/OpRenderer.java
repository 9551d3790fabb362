package dev.migrate.runtime;

import dev.migrate.op.MigrationOp;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Turns a Java migration's op into SQL statements for the database at hand. */
@FunctionalInterface
public interface OpRenderer {

    /**
     * @param op         the op
     * @param connection the step's connection for looking tables up (SQLite rebuilds), or {@code null} offline
     * @return the statements, without trailing semicolons
     */
    List<String> render(MigrationOp op, Connection connection) throws SQLException;
}
