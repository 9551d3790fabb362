package dev.migrate.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The implementations behind {@link Migrator}. */
final class Commands {

    private final MigrateConfig config;

    Commands(MigrateConfig config) {
        this.config = config;
    }

    RunResult upgrade(String target) {
        throw notYet("upgrade");
    }

    RunResult downgrade(String target) {
        throw notYet("downgrade");
    }

    RunResult stamp(List<String> targets, boolean purge) {
        throw notYet("stamp");
    }

    String upgradeSql(String target) {
        throw notYet("upgrade --sql");
    }

    String downgradeSql(String range) {
        throw notYet("downgrade --sql");
    }

    String stampSql(List<String> targets) {
        throw notYet("stamp --sql");
    }

    CurrentResult current() {
        throw notYet("current");
    }

    HistoryResult history(String range, boolean verbose) {
        throw notYet("history");
    }

    StatusResult status() {
        throw notYet("status");
    }

    List<RevisionInfo> heads() {
        throw notYet("heads");
    }

    List<RevisionInfo> branches() {
        throw notYet("branches");
    }

    RevisionInfo show(String revision) {
        throw notYet("show");
    }

    ScriptResult revision(String message, RevisionOptions options) {
        throw notYet("revision");
    }

    ScriptResult merge(List<String> revisions, String message) {
        throw notYet("merge");
    }

    RepairResult repairChecksums() {
        throw notYet("repairChecksums");
    }

    InitResult init(Path directory, Path propertiesFile) {
        List<Path> created = new ArrayList<>();
        try {
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory);
                created.add(directory);
            }
            if (!Files.exists(propertiesFile)) {
                Path parent = propertiesFile.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                Files.writeString(propertiesFile, MigrateProperties.template(parent, directory));
                created.add(propertiesFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not initialize the migrations directory " + directory
                    + ": " + e.getMessage() + "; check that the parent directory is writable", e);
        }
        return new InitResult(directory, created);
    }

    private static UnsupportedOperationException notYet(String command) {
        return new UnsupportedOperationException("'" + command + "' is not implemented yet on this build of Migrate");
    }
}
