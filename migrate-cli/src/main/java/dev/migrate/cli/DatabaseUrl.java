package dev.migrate.cli;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database URL as given on the command line or in {@code DATABASE_URL}: a JDBC URL is taken as it is; a
 * Heroku-style {@code postgres://user:password@host:port/database?params} becomes
 * {@code jdbc:postgresql://host:port/database?params} with the user and password taken out of it.
 *
 * @param jdbcUrl  the JDBC URL, without credentials when they were taken out
 * @param user     the user taken out of the URL, or {@code null}
 * @param password the password taken out of the URL, or {@code null}
 */
record DatabaseUrl(String jdbcUrl, String user, String password) {

    private static final Pattern POSTGRES = Pattern.compile(
            "(?i)(postgres|postgresql)://(?:([^:@/]*)(?::([^@/]*))?@)?([^/?#]*)(/[^?#]*)?(\\?[^#]*)?");

    /**
     * Reads {@code text}; {@code where} names its origin for messages ({@code "--url"}, {@code "DATABASE_URL"}).
     *
     * @throws UsageException when it is neither a JDBC URL nor a postgres:// URL
     */
    static DatabaseUrl parse(String text, String where) {
        String url = text.strip();
        if (url.regionMatches(true, 0, "jdbc:", 0, 5)) {
            return new DatabaseUrl(url, null, null);
        }
        Matcher m = POSTGRES.matcher(url);
        if (m.matches()) {
            String host = m.group(4);
            if (host.isEmpty()) {
                throw new UsageException(where + " has no host: " + new Secrets().mask(url)
                        + "; write it as postgres://user:password@host:5432/database");
            }
            String path = m.group(5) == null ? "/" : m.group(5);
            String query = m.group(6) == null ? "" : m.group(6);
            return new DatabaseUrl("jdbc:postgresql://" + host + path + query,
                    decode(m.group(2)), decode(m.group(3)));
        }
        int colon = url.indexOf(':');
        String scheme = colon > 0 ? url.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        throw new UsageException(where + " is not a database URL Migrate understands"
                + (scheme.isEmpty() ? "" : " (scheme '" + scheme + "')") + ": give a JDBC URL such as "
                + "jdbc:postgresql://host:5432/db or jdbc:sqlite:app.db, or postgres://user:password@host:5432/db");
    }

    private static String decode(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}
