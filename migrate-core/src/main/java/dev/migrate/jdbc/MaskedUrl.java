package dev.migrate.jdbc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides passwords in JDBC URLs before they are logged or shown: the password of
 * {@code user:password@host}, of Oracle's {@code user/password@host}, and the value of every parameter whose
 * name contains {@code password}, {@code pwd} or {@code passwd} ({@code ?password=…}, {@code &sslpassword=…},
 * {@code ;password=…}).
 */
public final class MaskedUrl {

    /** What a hidden password shows as. */
    public static final String MASK = "****";

    private static final Pattern USER_INFO = Pattern.compile("(//[^/?;:@]*:)([^/?]*)(?=@[^@/?]*(?:[/?]|$))");
    private static final Pattern ORACLE = Pattern.compile("(:thin:[^/@:]+/)([^@]*)(?=@)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAM = Pattern.compile(
            "([?&;:]\\s*[^=?&;:/]*(?:password|passwd|pwd)[^=?&;:/]*\\s*=)([^&;]*)", Pattern.CASE_INSENSITIVE);

    private MaskedUrl() {
    }

    /** {@code url} with its passwords replaced by {@value #MASK}; {@code null} stays {@code null}. */
    public static String mask(String url) {
        if (url == null) {
            return null;
        }
        String masked = replace(USER_INFO, url);
        masked = replace(ORACLE, masked);
        return replace(PARAM, masked);
    }

    private static String replace(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + (m.group(2).isEmpty() ? "" : MASK)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
