package dev.migrate.graph;

import static dev.migrate.graph.GraphIndex.BASE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns absolute targets into revisions, with Alembic's grammar: full ids, unique prefixes (of ids longer
 * than 3 characters), branch labels, {@code head}, {@code heads}, {@code base}, {@code <label>@<target>}
 * (the target must share a line of descent with the label), and walks of N steps along the graph.
 */
final class Resolver {

    /** The result of a walk that went past the base or the heads. */
    static final int OVERWALK = -2;

    private final GraphIndex g;

    Resolver(GraphIndex g) {
        this.g = g;
    }

    /** A target split into its revision ids (still unresolved) and its branch label (Alembic {@code _resolve_revision_number}). */
    record Split(List<String> ids, String label) {
    }

    Split split(String target) {
        String label = null;
        String id = target;
        int at = target.indexOf('@');
        if (at >= 0) {
            label = at == 0 ? null : target.substring(0, at);
            id = target.substring(at + 1);
        }
        if (id.isEmpty()) {
            throw new InvalidTargetException(target, "Target '" + target + "' names no revision after '@'; use"
                    + " '<label>@head', '<label>@base' or '<label>@<revision>'");
        }
        return switch (id) {
            case "heads" -> new Split(label == null ? g.ids(g.realHeads) : g.ids(lineage(g.heads, label, false)),
                    label);
            case "head" -> {
                int head = currentHead(label);
                yield new Split(head == BASE ? List.of() : List.of(g.id(head)), label);
            }
            case "base" -> new Split(List.of(), label);
            default -> new Split(List.of(id), label);
        };
    }

    /** The single head (of the branch, if a label is given); BASE when the graph is empty. */
    int currentHead(String label) {
        int[] heads = label == null ? g.heads : lineage(g.heads, label, false);
        if (heads.length > 1) {
            throw new MultipleHeadsException(label == null ? "head" : label + "@head", g.ids(heads));
        }
        return heads.length == 0 ? BASE : heads[0];
    }

    /** Alembic {@code get_revisions}: every revision a target names; may hold BASE or OVERWALK after a walk. */
    int[] revisions(String target) {
        Split split = split(target);
        if (split.ids().size() == 1 && isNegativeNumber(split.ids().get(0))) {
            int steps = Integer.parseInt(split.ids().get(0));
            int[] heads = g.realHeads;
            if (split.label() != null) {
                heads = Arrays.stream(heads).filter(h -> g.labels.get(h).contains(split.label())).toArray();
            }
            return Arrays.stream(heads).map(h -> walk(h, steps, null, true, target)).toArray();
        }
        return split.ids().stream().mapToInt(id -> revision(id, split.label())).toArray();
    }

    /** Alembic {@code get_revision}: the one revision a target names, BASE for base. */
    int revision(String target) {
        Split split = split(target);
        if (split.ids().size() > 1) {
            throw new MultipleHeadsException(target, split.ids());
        }
        return revision(split.ids().isEmpty() ? null : split.ids().get(0), split.label());
    }

    /** Alembic {@code _revision_for_ident}: an id, prefix or label, checked against a branch if given. */
    int revision(String id, String branch) {
        int branchRev = branch == null ? BASE : branch(branch);
        if (id == null) {
            return BASE;
        }
        Integer found = g.lookup(id);
        int rev;
        if (found != null) {
            rev = found;
        } else {
            List<String> keys = new ArrayList<>();
            List<Integer> matches = new ArrayList<>();
            collectPrefixMatches(id, branchRev, keys, matches);
            if (matches.isEmpty()) {
                throw new UnknownRevisionException(id, "No revision or branch label matches '" + id
                        + "'; 'migrate history' lists the revisions");
            }
            if (matches.size() > 1) {
                throw new AmbiguousRevisionException(id, keys);
            }
            rev = matches.get(0);
        }
        if (branch != null && !g.sharesLineage(rev, branchRev, false)) {
            throw new InvalidTargetException(branch + "@" + id, "Revision " + g.id(rev) + " is not on branch '"
                    + branch + "': it is neither above nor below " + g.id(branchRev)
                    + "; check the branch label or the revision");
        }
        return rev;
    }

    /** Alembic {@code _resolve_branch}: a label, or a revision id or prefix used as one. */
    int branch(String label) {
        Integer found = g.lookup(label);
        if (found != null) {
            return found;
        }
        try {
            return revision(label, null);
        } catch (UnknownRevisionException e) {
            throw new UnknownRevisionException(label, "No branch named '" + label + "': no branch label or"
                    + " revision matches it; 'migrate history' lists the revisions and their labels");
        }
    }

    /** Those of {@code targets} on a line of descent with what {@code checkAgainst} names (Alembic {@code filter_for_lineage}). */
    int[] lineage(int[] targets, String checkAgainst, boolean withDeps) {
        Split split = split(checkAgainst);
        List<String> shares = new ArrayList<>();
        if (split.label() != null) {
            shares.add(split.label());
        }
        shares.addAll(split.ids());
        if (shares.isEmpty()) {
            return targets;
        }
        int[] against = shares.stream().mapToInt(s -> revision(s, null)).toArray();
        return Arrays.stream(targets)
                .filter(t -> Arrays.stream(against).anyMatch(a -> g.sharesLineage(t, a, withDeps)))
                .toArray();
    }

    /**
     * Alembic {@code _walk}: {@code steps} up (positive) or down (negative) from {@code start} (BASE for below
     * the bases), up only along {@code label}'s line. Past the end: OVERWALK, or the last revision reached
     * when {@code strict} is false. A fork is an error.
     */
    int walk(int start, int steps, String label, boolean strict, String target) {
        int current = start;
        for (int k = 0; k < Math.abs(steps); k++) {
            int[] choices;
            if (steps > 0) {
                choices = current == BASE ? g.bases : g.next[current];
                if (label != null) {
                    choices = lineage(choices, label, false);
                }
            } else if (current == BASE) {
                choices = new int[0];
            } else {
                choices = g.down[current].length == 0 ? new int[] {BASE} : g.down[current];
            }
            if (choices.length == 0) {
                return strict ? OVERWALK : current;
            }
            if (choices.length > 1) {
                throw ambiguousWalk(target, current, steps, choices);
            }
            current = choices[0];
        }
        return current;
    }

    private RelativeWalkException ambiguousWalk(String target, int from, int steps, int[] choices) {
        String fork;
        if (from == BASE) {
            fork = "there are several bases (" + String.join(", ", g.ids(choices)) + ")";
        } else if (steps > 0) {
            fork = g.id(from) + " is followed by " + String.join(" and ", g.ids(choices));
        } else {
            fork = g.id(from) + " merges " + String.join(" and ", g.ids(choices));
        }
        return new RelativeWalkException(target, "Relative target '" + target + "' is ambiguous: " + fork
                + "; name a branch, as in '<label>@" + relativePart(target) + "', or count from a revision on it");
    }

    static String relativePart(String target) {
        int k = target.length();
        while (k > 0 && isDigit(target.charAt(k - 1))) {
            k--;
        }
        return target.substring(Math.max(k - 1, 0));
    }

    private void collectPrefixMatches(String prefix, int branchRev, List<String> keys, List<Integer> matches) {
        List<String> candidates = new ArrayList<>();
        for (Revision r : g.revs) {
            candidates.add(r.id());
        }
        for (Revision r : g.revs) {
            candidates.addAll(r.branchLabels());
        }
        for (String key : candidates) {
            if (key.length() > 3 && key.startsWith(prefix)) {
                int rev = g.lookup(key);
                if (branchRev != BASE && !g.sharesLineage(rev, branchRev, false)) {
                    continue;
                }
                if (!matches.contains(rev)) {
                    matches.add(rev);
                    keys.add(key);
                }
            }
        }
    }

    private static boolean isNegativeNumber(String text) {
        if (text.length() < 2 || text.charAt(0) != '-') {
            return false;
        }
        for (int k = 1; k < text.length(); k++) {
            if (!isDigit(text.charAt(k))) {
                return false;
            }
        }
        return text.length() < 10 && Integer.parseInt(text) < 0;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
