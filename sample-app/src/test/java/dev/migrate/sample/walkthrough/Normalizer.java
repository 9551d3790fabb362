package dev.migrate.sample.walkthrough;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the parts of an output that change from run to run, so that the page's output and a new run's
 * output compare equal when they say the same thing:
 * <ul>
 *   <li>times ({@code 2025-01-06T09:15:00.123Z}, {@code 2025-01-06 09:15:00}) become {@code <time>}, durations
 *       ({@code 12 ms}, {@code 2.5 seconds}) {@code N ms} and {@code N seconds}, and the process id of a Spring
 *       Boot log line {@code <pid>};</li>
 *   <li>revision ids (12 hex digits) and UUIDs that the project's files do not contain, made during the session,
 *       become {@code <new-rev-1>}, {@code <new-uuid-1>}, ... in order of first appearance, so that the same new
 *       id must appear in the same places.</li>
 * </ul>
 * Trailing spaces are dropped. One instance reads one side (the page, or the run) of one session, in order.
 */
final class Normalizer {

    private static final Pattern UUID = Pattern.compile("\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");
    private static final Pattern REVISION = Pattern.compile("(?<![0-9a-f-])[0-9a-f]{12}(?![0-9a-f-])");
    private static final Pattern LOG_PREFIX = Pattern.compile(
            "^\\d{4}-\\d\\d-\\d\\dT[0-9:.]+(?:Z|[+-]\\d\\d:\\d\\d)\\s+(TRACE|DEBUG|INFO|WARN|ERROR)\\s+\\d+ ---");
    private static final Pattern TIME = Pattern.compile(
            "\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?(?:Z|[+-]\\d\\d:?\\d\\d)?");
    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("\\b\\d+ ms\\b"), "N ms"),
            new Rule(Pattern.compile("\\b\\d+(?:\\.\\d+)? seconds\\b"), "N seconds"),
            new Rule(Pattern.compile("process running for \\d+(?:\\.\\d+)?"), "process running for N"),
            new Rule(Pattern.compile("\"durationMs\": ?\\d+"), "\"durationMs\": N"));

    private final Set<String> known;
    private final Map<String, String> seen = new HashMap<>();
    private int revisions;
    private int uuids;

    /** @param known the ids the project's files contain: compared as they are */
    Normalizer(Set<String> known) {
        this.known = known;
    }

    String line(String line) {
        String s = LOG_PREFIX.matcher(line).replaceFirst("<time> $1 <pid> ---");
        s = replaceNew(UUID, s, "uuid");
        s = TIME.matcher(s).replaceAll("<time>");
        s = replaceNew(REVISION, s, "rev");
        for (Rule rule : RULES) {
            s = rule.pattern().matcher(s).replaceAll(rule.replacement());
        }
        return s.stripTrailing();
    }

    private String replaceNew(Pattern pattern, String s, String kind) {
        Matcher m = pattern.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String id = m.group();
            String replacement = known.contains(id) ? id : seen.computeIfAbsent(id,
                    k -> "<new-" + kind + "-" + (kind.equals("rev") ? ++revisions : ++uuids) + ">");
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The ids in {@code text} that {@link #line} would otherwise number: revision ids and UUIDs. */
    static Set<String> ids(String text) {
        Set<String> ids = new java.util.HashSet<>();
        UUID.matcher(text).results().forEach(r -> ids.add(r.group()));
        REVISION.matcher(text).results().forEach(r -> ids.add(r.group()));
        return ids;
    }

    private record Rule(Pattern pattern, String replacement) {
    }
}
