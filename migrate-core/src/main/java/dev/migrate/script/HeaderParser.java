package dev.migrate.script;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the lines of a script above {@code -- migrate:upgrade}, one at a time, into a {@link Header}. Only
 * headers, {@code --} comments and blank lines may come there.
 */
final class HeaderParser {

    static final String REVISION = "revision";
    static final String DOWN_REVISION = "down-revision";
    static final String MESSAGE = "message";
    static final String BRANCH_LABELS = "branch-labels";
    static final String DEPENDS_ON = "depends-on";
    static final String TRANSACTIONAL = "transactional";
    static final List<String> HEADERS = List.of(REVISION, DOWN_REVISION, MESSAGE, BRANCH_LABELS, DEPENDS_ON,
            TRANSACTIONAL);
    static final String UPGRADE = "upgrade";
    static final String DOWNGRADE = "downgrade";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_]{1,32}");
    private static final Pattern FILE_ID = Pattern.compile("[A-Za-z0-9]*[0-9][A-Za-z0-9]*");

    private final String location;
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, Integer> lines = new HashMap<>();
    private boolean sawText;
    private int upgradeLine;

    HeaderParser(String location) {
        this.location = location;
    }

    /**
     * Takes the next line.
     *
     * @return {@code true} when the line is {@code -- migrate:upgrade}: the header is complete
     */
    boolean accept(String line, int lineNo) {
        if (upgradeLine > 0) {
            throw new IllegalStateException("the header ended at line " + upgradeLine);
        }
        if (line.isBlank()) {
            return false;
        }
        sawText = true;
        Directive d = Directive.parse(line);
        if (d == null) {
            if (line.strip().startsWith("--")) {
                return false;
            }
            throw error(lineNo, "'" + excerpt(line.strip()) + "' comes before '-- migrate:upgrade'; only headers,"
                    + " '--' comments and blank lines may come before it. Move the SQL below '-- migrate:upgrade'.");
        }
        switch (d.key()) {
            case UPGRADE -> {
                requireNoValue(d, lineNo);
                upgradeLine = lineNo;
                return true;
            }
            case DOWNGRADE -> throw error(lineNo, "'-- migrate:downgrade' comes before '-- migrate:upgrade'; put the"
                    + " upgrade section first.");
            default -> {
                if (!HEADERS.contains(d.key())) {
                    throw unknownKey(location, lineNo, d.key());
                }
                Integer first = lines.putIfAbsent(d.key(), lineNo);
                if (first != null) {
                    throw error(lineNo, "the header 'migrate:" + d.key() + "' is given twice (first at line " + first
                            + "); keep one.");
                }
                values.put(d.key(), d.value());
                return false;
            }
        }
    }

    static ScriptFormatException unknownKey(String location, int line, String key) {
        return new ScriptFormatException(location, line, "unknown key 'migrate:" + key + "'. Known keys: "
                + String.join(", ", HEADERS) + " (headers) and " + UPGRADE + ", " + DOWNGRADE + " (sections).");
    }

    void requireNoValue(Directive d, int lineNo) {
        if (!d.value().isEmpty()) {
            throw error(lineNo, "'-- migrate:" + d.key() + "' takes nothing after it, but has '" + excerpt(d.value())
                    + "'; put the SQL on the lines below it.");
        }
    }

    /**
     * Checks the header once the input ended or {@code -- migrate:upgrade} came.
     *
     * @param fileName the file's name, checked against the revision id
     * @param lastLine the number of the last line read
     */
    Header finish(String fileName, int lastLine) {
        if (!sawText) {
            throw new ScriptFormatException(location, 0, "the file is empty; a script needs at least a"
                    + " '-- migrate:revision <id>' line and a '-- migrate:upgrade' line ('migrate revision' writes"
                    + " new scripts).");
        }
        if (!values.containsKey(REVISION)) {
            throw error(upgradeLine > 0 ? upgradeLine : 1, "no '-- migrate:revision <id>' header"
                    + (upgradeLine > 0 ? " before '-- migrate:upgrade'" : "")
                    + "; add one at the top of the file, such as '-- migrate:revision 3f2a9c1b7d4e'.");
        }
        int revisionLine = lines.get(REVISION);
        String revision = values.get(REVISION);
        if (revision.isEmpty()) {
            throw error(revisionLine, "'migrate:revision' needs the id of this revision, such as"
                    + " '-- migrate:revision 3f2a9c1b7d4e'.");
        }
        checkId(revision, REVISION);
        if (upgradeLine == 0) {
            throw error(0, "no '-- migrate:upgrade' line; put '-- migrate:upgrade' on its own line above the upgrade"
                    + " SQL (after line " + lastLine + ", the last one).");
        }
        checkFileName(fileName, revision, revisionLine);
        List<String> down = list(DOWN_REVISION, true);
        List<String> dependsOn = list(DEPENDS_ON, false);
        LinkedHashSet<String> labels = new LinkedHashSet<>(list(BRANCH_LABELS, false));
        return new Header(revision, down, values.getOrDefault(MESSAGE, ""), labels, dependsOn, transactional(),
                upgradeLine);
    }

    private void checkFileName(String fileName, String revision, int revisionLine) {
        if (fileName == null) {
            return;
        }
        String stem = fileName.endsWith(".sql") ? fileName.substring(0, fileName.length() - 4) : fileName;
        int underscore = stem.indexOf('_');
        String prefix = underscore < 0 ? stem : stem.substring(0, underscore);
        if (stem.equals(revision) || stem.startsWith(revision + "_") || !FILE_ID.matcher(prefix).matches()) {
            return;
        }
        String rest = underscore < 0 ? ".sql" : fileName.substring(underscore);
        throw error(revisionLine, "the file name starts with the id '" + prefix + "' but '-- migrate:revision' says '"
                + revision + "'; rename the file to " + revision + rest + " or fix the header.");
    }

    private void checkId(String id, String key) {
        if (!ID.matcher(id).matches()) {
            throw error(lines.get(key), "'" + excerpt(id) + "' is not a valid revision id for 'migrate:" + key
                    + "'; use 1 to 32 letters, digits or underscores.");
        }
    }

    private List<String> list(String key, boolean ids) {
        String value = values.get(key);
        if (value == null || value.isEmpty()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String raw : value.split(",", -1)) {
            String item = raw.strip();
            if (item.isEmpty()) {
                throw error(lines.get(key), "'migrate:" + key + "' has an empty item in '" + excerpt(value)
                        + "'; separate the items with single commas.");
            }
            if (ids) {
                checkId(item, key);
            } else if (item.chars().anyMatch(Character::isWhitespace)) {
                throw error(lines.get(key), "'migrate:" + key + "' has the item '" + excerpt(item)
                        + "' with a space in it; separate the items with commas.");
            }
            if (items.contains(item)) {
                throw error(lines.get(key), "'migrate:" + key + "' names '" + item + "' twice; name it once.");
            }
            items.add(item);
        }
        return List.copyOf(items);
    }

    private boolean transactional() {
        String value = values.get(TRANSACTIONAL);
        if (value == null || value.isEmpty()) {
            return true;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw error(lines.get(TRANSACTIONAL), "'migrate:transactional' must be true or false, not '"
                    + excerpt(value) + "'.");
        };
    }

    private ScriptFormatException error(int line, String problem) {
        return new ScriptFormatException(location, line, problem);
    }

    static String excerpt(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
