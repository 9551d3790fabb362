package dev.migrate.command;

import java.util.regex.Pattern;

/** Masks passwords in JDBC URLs before they reach a message or a log. */
final class Urls {

    private static final Pattern PARAMETER = Pattern.compile("(?i)([?&;]password=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@?]+:)[^@/?]*@");

    private Urls() {
    }

    static String mask(String url) {
        if (url == null) {
            return null;
        }
        String masked = PARAMETER.matcher(url).replaceAll("$1****");
        return USER_INFO.matcher(masked).replaceAll("$1****@");
    }
}
