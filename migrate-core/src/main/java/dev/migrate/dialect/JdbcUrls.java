package dev.migrate.dialect;

import java.util.regex.Pattern;

/** Masks passwords in JDBC URLs before they reach a message. */
final class JdbcUrls {

    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(password=)[^&;]*");

    private JdbcUrls() {
    }

    /**
     * {@code url} with {@code password=...} parameters and the password of a
     * {@code user:password@} or {@code user/password@} part replaced by {@code ****}.
     */
    static String masked(String url) {
        if (url == null) {
            return "null";
        }
        String out = PASSWORD_PARAM.matcher(url).replaceAll("$1****");
        int at = out.indexOf('@');
        if (at > 0) {
            String before = out.substring(0, at);
            int cut = Math.max(before.lastIndexOf(':'), before.lastIndexOf('/'));
            if (cut >= 0 && cut < before.length() - 1) {
                out = before.substring(0, cut + 1) + "****" + out.substring(at);
            }
        }
        return out;
    }
}
