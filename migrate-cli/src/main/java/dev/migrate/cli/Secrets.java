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
 * text before it is shown: every known password is replaced by {@value MaskedUrl#MASK}, and so is every password
 * written in a URL inside the text ({@code user:password@host}, {@code ?password=…}). Applied to error messages,
 * stack traces and, in the executable, to standard error (where the logs go). Unlike {@link MaskedUrl}, which
 * masks one URL, this works on free text: a value ends at white space or a quote.
 */
final class Secrets {

    /** Passwords shorter than this are only masked inside URLs, so that a one-letter password does not garble text. */
    static final int MIN_LITERAL_LENGTH = 3;

    private static final Pattern URL_PASSWORD_PARAM = Pattern.compile(
            "([?&;:][\\w.-]*(?:password|passwd|pwd)[\\w.-]*=)([^&;\\s\"'()\\[\\]<>]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_USER_INFO = Pattern.compile("(//[^/?#@\\s:]*:)([^/?#@\\s]+)(?=@)");

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
                add(m.group(2));
                add(decode(m.group(2)));
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
        masked = maskGroup(URL_USER_INFO, masked);
        return maskGroup(URL_PASSWORD_PARAM, masked);
    }

    private static String maskGroup(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + MaskedUrl.MASK));
        }
        m.appendTail(out);
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
