package dev.migrate.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.graph.MultipleHeadsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** init, revision and merge: scripts written without a database. */
class ScriptCommandsTest {

    @TempDir
    Path dir;

    @Test
    void initCreatesTheFolderAndAPropertiesTemplateOnce() throws Exception {
        Path migrations = dir.resolve("db/migrations");
        Path properties = dir.resolve("migrate.properties");
        Migrator migrator = Migrator.builder().build();
        InitResult result = migrator.init(migrations, properties);
        assertThat(result.created()).containsExactly(migrations, properties);
        assertThat(Files.isDirectory(migrations)).isTrue();
        assertThat(Files.readString(properties)).contains("migrate.url=jdbc:sqlite:app.db\n",
                "migrate.locations=filesystem:db/migrations\n", "#migrate.version-table=migrate_version\n");
        assertThat(migrator.init(migrations, properties).created()).isEmpty();
    }

    @Test
    void revisionsFollowTheHeadAndMergeJoinsHeads() throws Exception {
        Path folder = dir.resolve("migrations");
        Files.createDirectories(folder);
        Migrator migrator = Migrator.builder().locations("filesystem:" + folder).build();

        ScriptResult first = migrator.revision("create users", RevisionOptions.defaults());
        assertThat(first.revision().id()).matches("[0-9a-f]{12}");
        assertThat(first.revision().downRevisions()).isEmpty();
        assertThat(first.file()).isEqualTo(folder.resolve(first.revision().id() + "_create_users.sql"));
        assertThat(Files.readString(first.file())).startsWith("-- migrate:revision " + first.revision().id() + "\n");

        ScriptResult second = migrator.revision("add email", RevisionOptions.defaults().withRevId("e2"));
        assertThat(second.revision().id()).isEqualTo("e2");
        assertThat(second.revision().downRevisions()).containsExactly(first.revision().id());
        assertThat(migrator.heads()).extracting(RevisionInfo::id).containsExactly("e2");

        String root = first.revision().id();
        assertThatThrownBy(() -> migrator.revision("branch", RevisionOptions.defaults().withHead(root)))
                .hasMessage("Revision " + root + " is not a head: e2 follows it. To start a new branch from it, splice it "
                        + "('migrate revision --head " + root + " --splice', or RevisionOptions.withSplice(true)); "
                        + "otherwise give a head.");
        ScriptResult branch = migrator.revision("audit", RevisionOptions.defaults().withHead(root).withSplice(true)
                .withBranchLabel("audit").withRevId("f3"));
        assertThat(branch.revision().downRevisions()).containsExactly(root);
        assertThat(migrator.heads()).extracting(RevisionInfo::id).containsExactlyInAnyOrder("e2", "f3");
        assertThatThrownBy(() -> migrator.revision("next", RevisionOptions.defaults()))
                .isInstanceOf(MultipleHeadsException.class);
        assertThatThrownBy(() -> migrator.revision("again", RevisionOptions.defaults().withHead("e2")
                .withBranchLabel("audit")))
                .hasMessage("The branch label 'audit' is already used by revision f3 (" + folder
                        + "/f3_audit.sql); choose another label.");
        assertThatThrownBy(() -> migrator.revision("again", RevisionOptions.defaults().withHead("e2")
                .withRevId("f3")))
                .hasMessage("Revision f3 already exists (" + folder + "/f3_audit.sql); choose another id, or leave it "
                        + "out for a random one.");

        ScriptResult merge = migrator.merge(List.of("heads"), "join audit");
        assertThat(merge.revision().downRevisions()).containsExactlyInAnyOrder("e2", "f3");
        assertThat(migrator.heads()).extracting(RevisionInfo::id).containsExactly(merge.revision().id());
        assertThatThrownBy(() -> migrator.merge(List.of("heads"), "nothing"))
                .hasMessage("merge needs two or more revisions to join, but heads names only "
                        + merge.revision().id() + "; there is nothing to merge.");
    }

    @Test
    void aJavaRevisionIsWrittenUnderTheSourceFolderInItsPackage() throws Exception {
        Path folder = dir.resolve("migrations");
        Files.createDirectories(folder);
        Path sources = dir.resolve("src/main/java");
        Migrator migrator = Migrator.builder().locations("filesystem:" + folder).build();
        ScriptResult java = migrator.revision("create devices", RevisionOptions.defaults()
                .withFormat(ScriptFormat.JAVA).withDirectory(sources).withJavaPackage("com.example.db")
                .withRevId("a1b2"));
        assertThat(java.file()).isEqualTo(sources.resolve("com/example/db/Ra1b2_CreateDevices.java"));
        assertThat(Files.readString(java.file())).contains("package com.example.db;",
                "@MigrationRevision(id = \"a1b2\", message = \"create devices\")");
        assertThatThrownBy(() -> migrator.revision("x", RevisionOptions.defaults().withFormat(ScriptFormat.JAVA)))
                .hasMessage("A Java revision needs the source folder to write to, such as src/main/java: give it with "
                        + "the directory option.");
        assertThatThrownBy(() -> migrator.revision("x", RevisionOptions.defaults().withFormat(ScriptFormat.JAVA)
                .withDirectory(sources)))
                .hasMessage("A Java revision needs its package: give it with the Java package option, or configure "
                        + "the Java migration packages.");
    }

    @Test
    void newScriptsNeedAFolder() {
        Migrator migrator = Migrator.builder().locations("classpath:db/engine/branches").build();
        assertThatThrownBy(() -> migrator.revision("x", RevisionOptions.defaults()))
                .hasMessage("New scripts go to the first filesystem: location, and none is configured (locations: "
                        + "classpath:db/engine/branches). Add one, such as filesystem:db/migrations, or give the "
                        + "directory option.");
    }
}
