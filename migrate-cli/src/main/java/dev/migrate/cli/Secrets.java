package dev.migrate.cli;

import dev.migrate.jdbc.MaskedUrl;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The passwords this run knows (from options, the environment, the properties file, URLs) and the masking of
 * text before it is shown: every known password is replaced by {@value MaskedUrl#MASK}, and every URL is masked
 * by {@link MaskedUrl}. Applied to error messages, stack traces and, in the executable, to standard error
 * (where the logs go).
 */
final class Secrets {

    /** Passwords shorter than this are only masked inside URLs, so that a one-letter password does not garble text. */
    static final int MIN_LITERAL_LENGTH = 3;

    private static final Pattern URL_PASSWORD_PARAM = Pattern.compile(
            "[?&;:]\\s*[^=?&;:/]*(?:password|passwd|pwd)[^=?&;:/]*\\s*=([^&;\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_USER_INFO = Pattern.compile("//[^/?;:@\\s]*:([^/?@\\s]+)@");

    private final Set<String> passwords = ConcurrentHashMap.newKeySet();

    /** Remembers a password (and its URL-encoded form) to mask; {@code null} and empty are ignored. */
    void add(String password) {
        if (password != null && !password.isEmpty()) {
            passwords.add(password);
            String encoded = URLEncoder.encode(password, StandardCharsets.UTF_8);
            if (!encoded.equals(password)) {
                passwords.add(encoded);
            }
        }
    }

    /** Remembers the passwords written inside a URL ({@code user:password@host}, {@code ?password=…}). */
    void addFromUrl(String url) {
        if (url == null) {
            return;
        }
        for (Pattern pattern : new Pattern[] {URL_PASSWORD_PARAM, URL_USER_INFO}) {
            Matcher m = pattern.matcher(url);
            while (m.find()) {
                add(m.group(1));
                add(decode(m.group(1)));
            }
        }
    }

    /** {@code text} with every known password and every URL's password replaced by the mask. */
    String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (String password : passwords.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .toList()) {
            if (password.length() >= MIN_LITERAL_LENGTH) {
                masked = masked.replace(password, MaskedUrl.MASK);
            }
        }
        // Line by line, so that a URL pattern never reaches across lines.
        StringBuilder out = new StringBuilder(masked.length());
        String[] lines = masked.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            out.append(i == 0 ? "" : "\n").append(MaskedUrl.mask(lines[i]));
        }
        return out.toString();
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}
