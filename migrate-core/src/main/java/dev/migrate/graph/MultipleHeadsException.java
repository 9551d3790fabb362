package dev.migrate.graph;

import java.util.List;

/** {@code head} (or {@code <label>@head}) was asked for, but there are several heads. */
public final class MultipleHeadsException extends RevisionException {

    private final String argument;
    private final List<String> heads;

    MultipleHeadsException(String argument, List<String> heads) {
        super(message(argument, heads));
        this.argument = argument;
        this.heads = List.copyOf(heads);
    }

    /** The target as given, such as {@code head} or {@code mylib@head}. */
    public String argument() {
        return argument;
    }

    /** The heads it could mean, in load order. */
    public List<String> heads() {
        return heads;
    }

    private static String message(String argument, List<String> heads) {
        String list = heads.size() + " heads (" + String.join(", ", heads) + ")";
        if (argument.endsWith("heads")) {
            return "'" + argument + "' names " + list + " where a single revision is needed; use one of their ids";
        }
        int at = argument.lastIndexOf('@');
        if (at > 0) {
            String label = argument.substring(0, at);
            return "'" + argument + "' is ambiguous: branch " + label + " has " + list + "; use '" + label
                    + "@heads' for all of them or a revision id";
        }
        return "'" + argument + "' is ambiguous: there are " + list
                + "; use 'heads' for all of them, '<label>@head' for one branch, or a revision id";
    }
}
