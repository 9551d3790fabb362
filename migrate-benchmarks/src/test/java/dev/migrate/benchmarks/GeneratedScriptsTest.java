package dev.migrate.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.graph.Revision;
import dev.migrate.script.ScriptLoader;
import dev.migrate.script.Scripts;
import dev.migrate.script.SqlScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedScriptsTest {

    @TempDir
    Path dir;

    @Test
    void migrateChainLoadsAsALinearChainWithTheSameDdl() throws Exception {
        new MigrateTool().writeScripts(dir, Step.chain(3));

        Scripts scripts = new ScriptLoader(getClass().getClassLoader()).load("filesystem:" + dir);

        assertThat(scripts.revisions()).extracting(Revision::id, Revision::downRevisions).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("0000000001", List.of()),
                org.assertj.core.groups.Tuple.tuple("0000000002", List.of("0000000001")),
                org.assertj.core.groups.Tuple.tuple("0000000003", List.of("0000000002")));
        SqlScript third = (SqlScript) scripts.get("0000000003");
        assertThat(third.fileName()).isEqualTo("0000000003_create_t_3.sql");
        assertThat(third.upgradeStatements()).extracting(Object::toString).singleElement().asString()
                .contains("CREATE TABLE t_3 (id INTEGER PRIMARY KEY, name VARCHAR(100))");
        assertThat(third.hasDowngrade()).isTrue();
    }

    @Test
    void flywayWritesOneVersionedFilePerMigration() throws Exception {
        new FlywayTool().writeScripts(dir, Step.chain(2));

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("V1__create_t_1.sql", "V2__create_t_2.sql");
        }
        assertThat(Files.readString(dir.resolve("V2__create_t_2.sql")))
                .isEqualTo("CREATE TABLE t_2 (id INTEGER PRIMARY KEY, name VARCHAR(100));\n");
    }

    @Test
    void liquibaseWritesOneFormattedSqlChangelogWithAChangesetPerMigration() throws Exception {
        new LiquibaseTool().writeScripts(dir, Step.chain(2));

        assertThat(Files.readString(dir.resolve(LiquibaseTool.CHANGELOG))).isEqualTo("""
                --liquibase formatted sql

                --changeset bench:1
                CREATE TABLE t_1 (id INTEGER PRIMARY KEY, name VARCHAR(100));
                --rollback DROP TABLE t_1;

                --changeset bench:2
                CREATE TABLE t_2 (id INTEGER PRIMARY KEY, name VARCHAR(100));
                --rollback DROP TABLE t_2;
                """);
    }
}
