package dev.migrate.dialect;

import java.util.regex.Pattern;

/** Masks passwords in JDBC URLs before they reach a message. */
final class JdbcUrls {

    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@]+:)[^@/]*@");

    private JdbcUrls() {
    }

    static String masked(String url) {
        if (url == null) {
            return "null";
        }
        String out = PASSWORD_PARAM.matcher(url).replaceAll("$1****");
        return USER_INFO.matcher(out).replaceAll("$1****@");
    }
}
