package dev.migrate.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

/**
 * The W1 reference: what the database alone costs for the same migrations, with no tool. One
 * connection; for each migration, in its own transaction, the DDL and an update of a one-row version
 * table, then a commit. A tool cannot go below this without batching migrations into fewer transactions.
 */
final class JdbcFloor implements Tool {

    private static final String FILE = "floor.sql";

    @Override
    public String id() {
        return "jdbc";
    }

    @Override
    public String name() {
        return "plain JDBC (floor)";
    }

    @Override
    public String version() {
        return "no tool";
    }

    @Override
    public void writeScripts(Path dir, List<Step> steps) throws IOException {
        Files.write(dir.resolve(FILE), steps.stream().map(Step::upgradeSql).toList());
    }

    @Override
    public void upgrade(Target target, Path scripts) throws Exception {
        List<String> ddl = Files.readAllLines(scripts.resolve(FILE));
        try (Connection connection = target.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE floor_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)");
            statement.execute("INSERT INTO floor_version (version_num) VALUES ('0')");
            connection.setAutoCommit(false);
            for (int i = 0; i < ddl.size(); i++) {
                statement.execute(ddl.get(i));
                statement.executeUpdate("UPDATE floor_version SET version_num = '" + Step.revision(i + 1) + "'");
                connection.commit();
            }
        }
    }

    @Override
    public void status(Target target, Path scripts) {
        throw new UnsupportedOperationException("the JDBC floor is a reference for W1 only");
    }
}
