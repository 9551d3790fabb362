package dev.migrate.script;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a new script declares, for {@link ScriptWriter}.
 *
 * @param id            the revision id: 1–32 letters, digits or underscores
 * @param downRevisions the revisions it follows: none for a base, two or more for a merge
 * @param message       one line of text (line breaks become spaces)
 * @param branchLabels  labels of the branch it starts, in order
 * @param dependsOn     revisions (or labels) that must be applied first without being parents
 * @param transactional whether it runs inside a transaction
 */
public record NewRevision(String id, List<String> downRevisions, String message, Set<String> branchLabels,
        List<String> dependsOn, boolean transactional) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_]{1,32}");
    private static final Pattern NAME = Pattern.compile("[^\\s,]+");

    public NewRevision {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new ScriptException("'" + id + "' is not a valid revision id; use 1 to 32 letters, digits or"
                    + " underscores, or let Migrate choose one.");
        }
        downRevisions = checked(downRevisions, ID, "down revision");
        dependsOn = checked(dependsOn, NAME, "depends-on item");
        branchLabels = new LinkedHashSet<>(checked(List.copyOf(branchLabels), NAME, "branch label"));
        branchLabels = Collections.unmodifiableSet(branchLabels);
        message = message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    /** A transactional revision with a random id, no labels and no depends-on. */
    public static NewRevision of(String message, String... downRevisions) {
        return new NewRevision(ScriptWriter.randomId(), List.of(downRevisions), message, Set.of(), List.of(), true);
    }

    /** This revision with another id. */
    public NewRevision withId(String newId) {
        return new NewRevision(newId, downRevisions, message, branchLabels, dependsOn, transactional);
    }

    /** This revision with these branch labels. */
    public NewRevision withBranchLabels(String... labels) {
        return new NewRevision(id, downRevisions, message, new LinkedHashSet<>(List.of(labels)), dependsOn,
                transactional);
    }

    /** This revision depending on these revisions. */
    public NewRevision withDependsOn(String... revisions) {
        return new NewRevision(id, downRevisions, message, branchLabels, List.of(revisions), transactional);
    }

    /** This revision, transactional or not. */
    public NewRevision withTransactional(boolean value) {
        return new NewRevision(id, downRevisions, message, branchLabels, dependsOn, value);
    }

    private static List<String> checked(List<String> items, Pattern pattern, String what) {
        List<String> out = new ArrayList<>();
        for (String item : items) {
            if (item == null || !pattern.matcher(item).matches()) {
                throw new ScriptException("'" + item + "' is not a valid " + what + "; use "
                        + (pattern == ID ? "1 to 32 letters, digits or underscores." : "a name without spaces or commas."));
            }
            if (out.contains(item)) {
                throw new ScriptException("The " + what + " '" + item + "' is given twice; give it once.");
            }
            out.add(item);
        }
        return List.copyOf(out);
    }
}
