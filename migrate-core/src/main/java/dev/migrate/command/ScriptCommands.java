package dev.migrate.command;

import dev.migrate.graph.Revision;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.script.Checksum;
import dev.migrate.script.Location;
import dev.migrate.script.NewRevision;
import dev.migrate.script.ScriptWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The commands that write scripts: revision, merge, init. None needs a database. */
final class ScriptCommands {

    private final MigrateConfig config;

    ScriptCommands(MigrateConfig config) {
        this.config = config;
    }

    ScriptResult revision(String message, RevisionOptions options) {
        RevisionOptions o = options == null ? RevisionOptions.defaults() : options;
        return write(newRevision(message, o), o);
    }

    /** What the new revision declares: its id, its down revision (the head), labels and dependencies, all checked. */
    NewRevision newRevision(String message, RevisionOptions o) {
        RevisionGraph graph = Catalog.load(config).migrations().graph();
        List<String> down = down(graph, o);
        checkLabels(graph, o);
        for (String dependency : o.dependsOn()) {
            graph.resolve(dependency);
        }
        return new NewRevision(newId(graph, o), down, message, new LinkedHashSet<>(o.branchLabels()), o.dependsOn(),
                true);
    }

    private static void checkLabels(RevisionGraph graph, RevisionOptions o) {
        for (String label : o.branchLabels()) {
            for (Revision r : graph.revisions()) {
                if (r.branchLabels().contains(label)) {
                    throw new IllegalArgumentException("The branch label '" + label + "' is already used by revision "
                            + r.id() + " (" + r.source() + "); choose another label.");
                }
            }
        }
    }

    private static String newId(RevisionGraph graph, RevisionOptions o) {
        String id = o.revId() != null ? o.revId() : ScriptWriter.randomId();
        if (graph.find(id).isPresent()) {
            throw new IllegalArgumentException("Revision " + id + " already exists (" + graph.get(id).source()
                    + "); choose another id, or leave it out for a random one.");
        }
        return id;
    }

    /**
     * A revision joining {@code revisions}. Of the options, the id, branch labels, format, folder and Java package
     * apply; a merge follows the revisions it joins, so head, splice and depends-on do not.
     */
    ScriptResult merge(List<String> revisions, String message, RevisionOptions options) {
        RevisionOptions o = options == null ? RevisionOptions.defaults() : options;
        RevisionGraph graph = Catalog.load(config).migrations().graph();
        if (revisions == null || revisions.isEmpty()) {
            throw new IllegalArgumentException("merge needs the revisions to join, such as 'heads'.");
        }
        Set<String> down = new LinkedHashSet<>();
        for (String r : revisions) {
            graph.resolve(r.strip()).forEach(rev -> down.add(rev.id()));
        }
        if (down.size() < 2) {
            throw new IllegalArgumentException("merge needs two or more revisions to join, but "
                    + String.join(" ", revisions) + " names " + (down.isEmpty() ? "none" : "only " + down.iterator()
                    .next()) + "; there is nothing to merge.");
        }
        checkLabels(graph, o);
        NewRevision revision = new NewRevision(newId(graph, o), List.copyOf(down), message,
                new LinkedHashSet<>(o.branchLabels()), List.of(), true);
        return write(revision, o);
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
            throw new UncheckedIOException("Could not create " + directory + " or " + propertiesFile + ": "
                    + e.getMessage() + "; check that the parent folder exists and is writable.", e);
        }
        return new InitResult(directory, created);
    }

    private List<String> down(RevisionGraph graph, RevisionOptions o) {
        if (graph.size() == 0 || o.head().equals("base")) {
            return List.of();
        }
        List<Revision> named = graph.resolve(o.head());
        if (named.size() != 1) {
            throw new IllegalArgumentException("'" + o.head() + "' names " + named.size() + " revisions ("
                    + String.join(", ", named.stream().map(Revision::id).toList()) + "); a new revision follows one. "
                    + "Give one of them as the head, or join them first with merge.");
        }
        Revision parent = named.get(0);
        if (!graph.children(parent.id()).isEmpty() && !o.splice()) {
            List<String> after = graph.children(parent.id()).stream().map(Revision::id).toList();
            throw new IllegalArgumentException("Revision " + parent.id() + " is not a head: " + String.join(", ", after)
                    + (after.size() == 1 ? " follows" : " follow") + " it. To start a new branch from it, splice it "
                    + "('migrate revision --head " + parent.id() + " --splice', or RevisionOptions.withSplice(true)); "
                    + "otherwise give a head.");
        }
        return List.of(parent.id());
    }

    private ScriptResult write(NewRevision revision, RevisionOptions o) {
        Path file;
        String checksum = null;
        if (o.format() == ScriptFormat.JAVA) {
            file = ScriptWriter.writeJava(javaSourceRoot(o), javaPackage(o), revision);
        } else {
            file = ScriptWriter.writeSql(sqlFolder(o), revision);
            try {
                checksum = Checksum.of(Files.readAllBytes(file)).value();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read back " + file + ": " + e.getMessage(), e);
            }
        }
        return result(revision, file, checksum);
    }

    /** The result of writing {@code revision} to {@code file}. */
    static ScriptResult result(NewRevision revision, Path file, String checksum) {
        RevisionInfo info = new RevisionInfo(revision.id(), revision.downRevisions(), List.of(),
                revision.branchLabels(), revision.dependsOn(), revision.message(), file.toString(), true, false,
                revision.transactional(), checksum);
        return new ScriptResult(info, file);
    }

    /** The source folder of a new Java migration. */
    Path javaSourceRoot(RevisionOptions o) {
        if (o.directory() == null) {
            throw new IllegalArgumentException("A Java revision needs the source folder to write to, such as "
                    + "src/main/java: give it with the directory option.");
        }
        return o.directory();
    }

    /** The package of a new Java migration. */
    String javaPackage(RevisionOptions o) {
        return o.javaPackage() != null ? o.javaPackage() : config.javaPackages().stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("A Java revision needs its package: give it with "
                        + "the Java package option, or configure the Java migration packages."));
    }

    /** The folder of a new SQL script: the directory option, or the first filesystem location. */
    Path sqlFolder(RevisionOptions o) {
        return o.directory() != null ? o.directory() : scriptFolder();
    }

    /** The first filesystem location, where new scripts go. */
    private Path scriptFolder() {
        return config.locations().stream().map(Location::parse).filter(l -> l.kind() == Location.Kind.FILESYSTEM)
                .findFirst().map(l -> Path.of(l.path())).orElseThrow(() -> new IllegalArgumentException("New scripts "
                        + "go to the first filesystem: location, and none is configured (locations: "
                        + String.join(", ", config.locations()) + "). Add one, such as filesystem:db/migrations, or "
                        + "give the directory option."));
    }
}
