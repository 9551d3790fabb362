package dev.migrate.graph;

import static dev.migrate.graph.GraphIndex.BASE;
import static dev.migrate.graph.Resolver.OVERWALK;

import java.util.Arrays;
import java.util.BitSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads upgrade and downgrade targets, including Alembic's relative forms: {@code +N} / {@code -N} from the
 * current rows, {@code <label>@+N} / {@code <label>@-N} along a branch, {@code <rev>+N}, {@code <rev>-N},
 * {@code head-N}, {@code <label>@head-N}, {@code base+N} (Alembic {@code _parse_upgrade_target} and
 * {@code _parse_downgrade_target}).
 */
final class TargetParser {

    private static final Pattern RELATIVE = Pattern.compile("(?:(.+?)@)?(\\w+)?([+-]\\d+)");

    private final GraphIndex g;
    private final Resolver resolver;

    TargetParser(GraphIndex g, Resolver resolver) {
        this.g = g;
        this.resolver = resolver;
    }

    /** A relative target split into its parts. */
    record Relative(String label, String symbol, int steps, boolean up) {

        /** The target to use for the line of descent this walk stays on. */
        String line() {
            String at = label == null ? "" : label + "@";
            return symbol == null ? at + "base" : at + symbol;
        }
    }

    /** The parts of a relative target, or null for an absolute one. */
    static Relative relative(String target) {
        Matcher m = RELATIVE.matcher(target);
        if (!m.matches()) {
            return null;
        }
        String label = m.group(1) == null || m.group(1).isEmpty() ? null : m.group(1);
        String number = m.group(3);
        int steps;
        try {
            steps = Integer.parseInt(number.startsWith("+") ? number.substring(1) : number);
        } catch (NumberFormatException e) {
            throw new InvalidTargetException(target, "Relative target '" + target + "' counts too far; use a"
                    + " smaller number or a revision id");
        }
        return new Relative(label, m.group(2), steps, number.startsWith("+"));
    }

    /**
     * Any target: absolute ones as Alembic's {@code get_revisions}, relative ones with a '+' as an upgrade
     * target, with a '-' as a downgrade target. Without BASE.
     */
    int[] any(Supplier<int[]> current, String target) {
        Relative rel = relative(target);
        int[] found;
        if (rel == null) {
            found = resolver.revisions(target);
        } else if (rel.up()) {
            found = upgradeTargets(current, target, true);
        } else {
            found = new int[] {downgradeTarget(current, target, true).revision()};
        }
        return Arrays.stream(found).filter(r -> r >= 0).distinct().toArray();
    }

    /** The revisions an upgrade to {@code target} aims at; may hold BASE. */
    int[] upgradeTargets(Supplier<int[]> current, String target, boolean strict) {
        Relative rel = relative(target);
        if (rel == null) {
            return resolver.revisions(target);
        }
        if (rel.steps() <= 0 && rel.symbol() == null) {
            throw rel.steps() == 0 ? zero(target) : new RelativeWalkException(target, "Relative target '" + target
                    + "' moves down; use 'migrate downgrade " + target + "' to revert revisions");
        }
        if (rel.steps() < 0) {
            int start = rel.label() == null ? resolver.revision(rel.symbol())
                    : resolver.revision(rel.label() + "@" + rel.symbol());
            return new int[] {checked(resolver.walk(start, rel.steps(), null, strict, target), target, start, rel)};
        }
        if (rel.symbol() != null) {
            int start = resolver.revision(rel.symbol());
            return new int[] {checked(resolver.walk(start, rel.steps(), rel.label(), strict, target), target,
                    start, rel)};
        }
        int start = upgradeStart(current.get(), target, rel.label());
        return new int[] {checked(resolver.walk(start, rel.steps(), rel.label(), strict, target), target, start,
                rel)};
    }

    /** Where {@code +N} or {@code <label>@+N} counts from: the one current revision (on the branch). */
    private int upgradeStart(int[] current, String target, String label) {
        int[] starts = Arrays.stream(current).filter(c -> c != BASE).distinct().toArray();
        if (label != null && starts.length > 0) {
            int[] onBranch = resolver.lineage(starts, label, false);
            if (onBranch.length == 0) {
                // The branch has no current head: count from the newest applied revisions it shares.
                BitSet active = g.ancestors(starts, true);
                int[] shared = resolver.lineage(GraphIndex.toArray(active), label, false);
                BitSet tips = new BitSet();
                for (int s : shared) {
                    tips.set(s);
                }
                for (int s : shared) {
                    for (int p : g.norm[s]) {
                        tips.clear(p);
                    }
                }
                onBranch = GraphIndex.toArray(tips);
            }
            starts = onBranch;
        }
        if (starts.length > 1) {
            throw new RelativeWalkException(target, "Relative target '" + target + "' is ambiguous: the database"
                    + " is at several revisions (" + String.join(", ", g.ids(starts)) + "); name a branch, as in"
                    + " '<label>@" + Resolver.relativePart(target) + "', or count from a revision, as in '"
                    + g.id(starts[0]) + Resolver.relativePart(target) + "'");
        }
        return starts.length == 0 ? BASE : starts[0];
    }

    /** A downgrade target: the revision to end at (BASE for base) and the branch it is restricted to, if any. */
    record Downgrade(String label, int revision) {
    }

    Downgrade downgradeTarget(Supplier<int[]> current, String target, boolean strict) {
        Relative rel = relative(target);
        if (rel == null) {
            int at = target.lastIndexOf('@');
            return new Downgrade(at > 0 ? target.substring(0, at) : null, resolver.revision(target));
        }
        if (rel.steps() >= 0) {
            if (rel.symbol() == null) {
                throw rel.steps() == 0 ? zero(target) : new RelativeWalkException(target, "Relative target '"
                        + target + "' moves up; use 'migrate upgrade " + target + "' to apply revisions");
            }
            int start = resolver.revision(rel.symbol());
            return new Downgrade(rel.label(), checked(resolver.walk(start, rel.steps(), rel.label(), strict, target),
                    target, start, rel));
        }
        String label = rel.label();
        String symbol = rel.symbol();
        if (symbol == null) {
            int from = downgradeStart(current.get(), target, label);
            symbol = g.id(from);
            if (label == null) {
                label = symbol;
            }
        }
        int start = resolver.revision(label == null ? symbol : label + "@" + symbol);
        return new Downgrade(label, checked(resolver.walk(start, rel.steps(), null, strict, target), target, start,
                rel));
    }

    /** Where {@code -N} or {@code <label>@-N} counts from. */
    private int downgradeStart(int[] current, String target, String label) {
        int[] rows = Arrays.stream(current).distinct().toArray();
        if (label == null) {
            if (rows.length == 0) {
                throw new RelativeWalkException(target, "Relative target '" + target + "' counts from the current"
                        + " revision, but the database is at base");
            }
            if (rows.length > 1) {
                throw new RelativeWalkException(target, "Relative target '" + target + "' is ambiguous: the"
                        + " database is at several heads (" + String.join(", ", g.ids(rows)) + "); name a branch,"
                        + " as in '<label>@" + target + "', or count from a revision, as in '" + g.id(rows[0])
                        + target + "'");
            }
            return rows[0];
        }
        int[] onBranch = resolver.lineage(rows, label, false);
        if (onBranch.length == 0) {
            onBranch = resolver.lineage(branchHeads(rows), label, false);
        }
        if (onBranch.length == 0) {
            throw new RelativeWalkException(target, "Relative target '" + target + "' has nothing to count from:"
                    + " no current revision is on branch " + label);
        }
        if (onBranch.length > 1) {
            throw new RelativeWalkException(target, "Relative target '" + target + "' is ambiguous: the current"
                    + " revisions " + String.join(", ", g.ids(onBranch)) + " are all on branch " + label
                    + "; count from one of them, as in '" + g.id(onBranch[0]) + Resolver.relativePart(target) + "'");
        }
        return onBranch[0];
    }

    /** The rows and everything they imply, keeping only the tops of each versioned line (Alembic {@code _get_all_current}). */
    private int[] branchHeads(int[] rows) {
        BitSet all = g.ancestors(rows, true);
        return all.stream().filter(r -> Arrays.stream(g.next[r]).noneMatch(all::get)).toArray();
    }

    private int checked(int result, String target, int start, Relative rel) {
        if (result != OVERWALK) {
            return result;
        }
        String side = rel.steps() > 0 ? "above " : "below ";
        String along = rel.steps() > 0 && rel.label() != null ? " on branch " + rel.label() : "";
        String instead = rel.steps() > 0 ? "'heads' for the top" : "'base' to go below every revision";
        throw new RelativeWalkException(target, "Relative target '" + target + "' goes too far: there are fewer"
                + " than " + Math.abs(rel.steps()) + " revisions " + side + g.id(start) + along
                + "; use a smaller count, or " + instead);
    }

    private static RelativeWalkException zero(String target) {
        return new RelativeWalkException(target, "Relative target '" + target
                + "' moves no revisions; use a count of 1 or more");
    }
}
