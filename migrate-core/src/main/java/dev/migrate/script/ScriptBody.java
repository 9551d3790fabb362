package dev.migrate.script;

import dev.migrate.jdbc.SqlSplitException;
import dev.migrate.jdbc.SqlSplitter;
import dev.migrate.jdbc.SqlStatement;
import java.util.List;

/**
 * A whole SQL script parsed: its header and the statements of its sections.
 *
 * @param downgrade the downgrade statements, or {@code null} when the script has no downgrade section
 */
record ScriptBody(Header header, List<SqlStatement> upgrade, List<SqlStatement> downgrade) {

    /** Parses the bytes of a script file. */
    static ScriptBody parse(byte[] content, String location, String fileName) {
        int from = Utf8.hasBom(content) ? 3 : 0;
        String text = Utf8.decode(content, from, content.length - from, from, 1, location);
        return parse(text, location, fileName);
    }

    /** Parses the text of a script file. */
    static ScriptBody parse(String text, String location, String fileName) {
        HeaderParser parser = new HeaderParser(location);
        int n = text.length();
        int pos = 0;
        int lineNo = 1;
        Header header = null;
        int upgradeFrom = -1;
        int upgradeFirstLine = 0;
        int upgradeTo = -1;
        int downgradeFrom = -1;
        int downgradeFirstLine = 0;
        int downgradeLine = 0;
        while (pos < n) {
            int end = pos;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            int next = end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n'
                    ? end + 2 : end + 1;
            String line = text.substring(pos, end);
            if (header == null) {
                if (parser.accept(line, lineNo)) {
                    header = parser.finish(fileName, lineNo);
                    upgradeFrom = Math.min(next, n);
                    upgradeFirstLine = lineNo + 1;
                }
            } else {
                Directive d = Directive.parse(line);
                if (d != null) {
                    switch (d.key()) {
                        case HeaderParser.UPGRADE -> throw new ScriptFormatException(location, lineNo,
                                "'-- migrate:upgrade' comes again (first at line " + header.upgradeLine()
                                        + "); a script has one upgrade section.");
                        case HeaderParser.DOWNGRADE -> {
                            if (downgradeFrom >= 0) {
                                throw new ScriptFormatException(location, lineNo, "'-- migrate:downgrade' comes"
                                        + " again (first at line " + downgradeLine + "); a script has at most one"
                                        + " downgrade section.");
                            }
                            parser.requireNoValue(d, lineNo);
                            upgradeTo = pos;
                            downgradeFrom = Math.min(next, n);
                            downgradeFirstLine = lineNo + 1;
                            downgradeLine = lineNo;
                        }
                        default -> {
                            if (!HeaderParser.HEADERS.contains(d.key())) {
                                throw HeaderParser.unknownKey(location, lineNo, d.key());
                            }
                            throw new ScriptFormatException(location, lineNo, "the header 'migrate:" + d.key()
                                    + "' is inside the " + (downgradeFrom >= 0 ? "downgrade" : "upgrade")
                                    + " section; move it above '-- migrate:upgrade' (line " + header.upgradeLine()
                                    + ").");
                        }
                    }
                }
            }
            pos = next;
            lineNo++;
        }
        if (header == null) {
            parser.finish(fileName, lineNo - 1);
            throw new IllegalStateException("finish() accepts no header without '-- migrate:upgrade'");
        }
        List<SqlStatement> upgrade = split(text.substring(upgradeFrom, upgradeTo < 0 ? n : upgradeTo),
                upgradeFirstLine, location);
        List<SqlStatement> downgrade = downgradeFrom < 0 ? null
                : split(text.substring(downgradeFrom), downgradeFirstLine, location);
        return new ScriptBody(header, upgrade, downgrade);
    }

    private static List<SqlStatement> split(String sql, int firstLine, String location) {
        try {
            return List.copyOf(SqlSplitter.split(sql, firstLine, location));
        } catch (SqlSplitException e) {
            throw new ScriptFormatException(location, e.line(), e.problem(), e);
        }
    }
}
