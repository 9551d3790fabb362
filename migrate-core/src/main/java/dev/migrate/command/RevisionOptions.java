package dev.migrate.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Options of {@link Migrator#revision}; start from {@link #defaults()} and use the {@code with} methods.
 *
 * @param head         the revision (or {@code label@head}) the new one follows; {@code head} (the single head) by default
 * @param branchLabels branch labels for the new revision
 * @param dependsOn    revisions the new one depends on
 * @param revId        the id to use instead of 12 random hex characters, or {@code null}
 * @param splice       whether the new revision may follow a revision that is not a head (starting a branch)
 * @param format       SQL (default) or Java
 * @param directory    where to write the file; {@code null} for the first {@code filesystem:} location
 * @param javaPackage  the package of a Java migration, or {@code null} for the first configured Java package
 */
public record RevisionOptions(String head, List<String> branchLabels, List<String> dependsOn, String revId,
        boolean splice, ScriptFormat format, Path directory, String javaPackage) {

    public RevisionOptions {
        head = head == null || head.isBlank() ? "head" : head;
        branchLabels = branchLabels == null ? List.of() : List.copyOf(branchLabels);
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        format = format == null ? ScriptFormat.SQL : format;
    }

    /** A new SQL revision on the single head, with a random id. */
    public static RevisionOptions defaults() {
        return new RevisionOptions(null, null, null, null, false, null, null, null);
    }

    public RevisionOptions withHead(String head) {
        return new RevisionOptions(head, branchLabels, dependsOn, revId, splice, format, directory, javaPackage);
    }

    public RevisionOptions withBranchLabel(String label) {
        List<String> labels = new ArrayList<>(branchLabels);
        labels.add(label);
        return new RevisionOptions(head, labels, dependsOn, revId, splice, format, directory, javaPackage);
    }

    public RevisionOptions withDependsOn(String... revisions) {
        return new RevisionOptions(head, branchLabels, List.of(revisions), revId, splice, format, directory,
                javaPackage);
    }

    public RevisionOptions withRevId(String revId) {
        return new RevisionOptions(head, branchLabels, dependsOn, revId, splice, format, directory, javaPackage);
    }

    public RevisionOptions withSplice(boolean splice) {
        return new RevisionOptions(head, branchLabels, dependsOn, revId, splice, format, directory, javaPackage);
    }

    public RevisionOptions withFormat(ScriptFormat format) {
        return new RevisionOptions(head, branchLabels, dependsOn, revId, splice, format, directory, javaPackage);
    }

    public RevisionOptions withDirectory(Path directory) {
        return new RevisionOptions(head, branchLabels, dependsOn, revId, splice, format, directory, javaPackage);
    }

    public RevisionOptions withJavaPackage(String javaPackage) {
        return new RevisionOptions(head, branchLabels, dependsOn, revId, splice, format, directory, javaPackage);
    }
}
