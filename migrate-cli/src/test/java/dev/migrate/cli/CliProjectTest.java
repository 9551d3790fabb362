package dev.migrate.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test of the CLI in a project folder: its scripts ({@link #project}), a database ({@link #url()}), and
 * {@link #migrate} running the CLI in the folder with {@code DATABASE_URL} naming that database. The database is
 * a SQLite file in the folder unless a subclass gives another.
 */
abstract class CliProjectTest {

    @TempDir
    Path dir;

    Project project;

    /** The project of each test: the linear chain of scripts, unless the test class needs another. */
    Project createProject(Path dir) {
        return new Project(dir).linear();
    }

    @BeforeEach
    void setUpProject() {
        project = createProject(dir);
    }

    /** The URL of the test's database. */
    String url() {
        return project.sqliteUrl();
    }

    Cli.Result migrate(String... args) {
        return Cli.in(dir).env("DATABASE_URL", url()).run(args);
    }
}
